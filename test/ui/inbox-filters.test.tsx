import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import WorkbenchInboxPage from '../../src/packages/workbench/inbox/index'
import * as auth from '../../src/services/auth'
import * as tickets from '../../src/services/tickets'
import * as workbench from '../../src/services/workbench'
import * as admin from '../../src/services/workbench-admin'
import * as dashboards from '../../src/services/workbench-dashboard'
import { countyCadre, inboxCounts, scopeUnion } from './dashboard-fixtures'
import { COUNTY_ID, summary, UNION_ID } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/tickets')
jest.mock('../../src/services/workbench')
jest.mock('../../src/services/workbench-admin')
jest.mock('../../src/services/workbench-dashboard')

const fetchMe = jest.mocked(auth.fetchMe)
const fetchInbox = jest.mocked(tickets.fetchInbox)
const fetchInboxCounts = jest.mocked(workbench.fetchInboxCounts)
const fetchScopeUnions = jest.mocked(workbench.fetchScopeUnions)
const fetchWorkbenchAlerts = jest.mocked(admin.fetchWorkbenchAlerts)
const requestTicketExport = jest.mocked(dashboards.requestTicketExport)

let utils: TestUtils | undefined

const lastQuery = () => fetchInbox.mock.calls[fetchInbox.mock.calls.length - 1]?.[0]
const chips = () => $$('.active-filter').map((c) => c.textContent)

async function open(): Promise<TestUtils> {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', countyCadre)
  fetchMe.mockResolvedValue(countyCadre)
  utils = await mountPage(WorkbenchInboxPage)
  await waitFor(utils, '.workbench-inbox .ticket-item')
  return utils
}

/** Wait for the next inbox request and return its query. */
async function nextQuery(u: TestUtils, before: number, what: string) {
  await waitUntil(u, () => fetchInbox.mock.calls.length > before, what)
  await settle(u)
  return lastQuery()
}

async function pickDate(u: TestUtils, selector: string, value: string) {
  const picker = await waitFor(u, `${selector} taro-picker-core`)
  await u.act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
  await settle(u)
}

async function search(u: TestUtils, value: string) {
  await typeInto(u, '.inbox-search-input input', value)
  const input = await waitFor(u, '.inbox-search-input input')
  await u.act(async () => {
    u.fireEvent.keyDown(input, { keyCode: 13 })
  })
  await settle(u)
}

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchInbox.mockReset()
  fetchInbox.mockResolvedValue({ items: [summary(1), summary(2)], nextCursor: null })
  fetchInboxCounts.mockResolvedValue(inboxCounts())
  fetchWorkbenchAlerts.mockResolvedValue({ missingHolidayYears: [], overdue: 0, dueSoon: 0, supervised: 0, pendingExtensions: 0 })
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('工作台 filters', () => {
  test('the header shows the subtree’s counters, capped at 999+, and 超期 lists the overdue', async () => {
    const u = await open()
    await waitFor(u, '.inbox-counts')
    expect(fetchInboxCounts).toHaveBeenLastCalledWith(null)
    expect(text('.inbox-unions')).toBe('宁海县总工会')
    expect($$('.inbox-count').map((c) => c.textContent)).toEqual(['待签收 3', '办理中 8', '待补充 1', '今日到期 4', '临期 999+', '超期 2', '督办 1'])

    const before = fetchInbox.mock.calls.length
    await tap(u, '.count-red')
    expect(await nextQuery(u, before, 'the overdue list')).toEqual({ status: 'open', sort: 'created', light: 'red' })
    expect(chips()).toEqual(['超期✕'])

    const again = fetchInbox.mock.calls.length
    await tap(u, '.active-filter-light')
    expect(await nextQuery(u, again, 'the unfiltered list')).toEqual({ status: 'open', sort: 'created' })
    expect($('.active-filter')).toBeNull()
  })

  test('the filter sheet narrows by kind, state, light, category and dates, shown as removable chips', async () => {
    const u = await open()
    await tap(u, '.inbox-filter-open')
    await waitFor(u, '.inbox-sheet')
    await tap(u, '.kind-legal_aid')
    await tap(u, '.status-answered')
    await tap(u, '.light-yellow')
    await tap(u, '.category-wages')
    await pickDate(u, '.inbox-sheet .date-range-from', '2026-11-01')
    await pickDate(u, '.inbox-sheet .date-range-to', '2026-11-20')
    // Nothing is asked until 确定.
    const before = fetchInbox.mock.calls.length
    await settle(u, 20)
    expect(fetchInbox).toHaveBeenCalledTimes(before)

    await tap(u, '.sheet-apply')
    expect(await nextQuery(u, before, 'the filtered list')).toEqual({
      status: 'answered',
      sort: 'created',
      kind: 'legal_aid',
      light: 'yellow',
      category: 'wages',
      from: '2026-11-01',
      to: '2026-11-20'
    })
    expect($('.inbox-sheet')).toBeNull()
    expect(chips()).toEqual(['法律援助✕', '已答复✕', '临期✕', '工资待遇✕', '11月1日 周日 至 11月20日 周五✕'])
    expect(text('.inbox-filter-open')).toBe('筛选 5')

    // Removing one chip keeps the others, and the sort switch keeps them too.
    const again = fetchInbox.mock.calls.length
    await tap(u, '.active-filter-from')
    expect(await nextQuery(u, again, 'without dates')).toEqual({ status: 'answered', sort: 'created', kind: 'legal_aid', light: 'yellow', category: 'wages' })
    const third = fetchInbox.mock.calls.length
    await tap(u, '.sort-due')
    expect(await nextQuery(u, third, 'sorted by due')).toEqual({ status: 'answered', sort: 'due', kind: 'legal_aid', light: 'yellow', category: 'wages' })
  })

  test('a bad date range shows the schema’s message and asks for nothing', async () => {
    const u = await open()
    await tap(u, '.inbox-filter-open')
    await pickDate(u, '.inbox-sheet .date-range-from', '2026-11-20')
    await pickDate(u, '.inbox-sheet .date-range-to', '2026-11-01')
    const before = fetchInbox.mock.calls.length
    await tap(u, '.sheet-apply')
    expect(text('.inbox-sheet .date-range-error')).toBe('开始日期不能晚于结束日期')
    expect($('.inbox-sheet')).not.toBeNull()
    await settle(u, 20)
    expect(fetchInbox).toHaveBeenCalledTimes(before)
  })

  test('search looks in numbers and titles, sent on confirm', async () => {
    const u = await open()
    const before = fetchInbox.mock.calls.length
    await typeInto(u, '.inbox-search-input input', 'NJ2026')
    await settle(u, 20)
    expect(fetchInbox).toHaveBeenCalledTimes(before)

    await search(u, ' NJ2026 ')
    expect(await nextQuery(u, before, 'the search')).toEqual({ status: 'open', sort: 'created', q: 'NJ2026' })
    expect(chips()).toEqual(['搜索“NJ2026”✕'])

    await search(u, '工'.repeat(41))
    expect(text('.inbox-search-error')).toBe('搜索内容不能超过 40 个字')
    expect(lastQuery()).toEqual({ status: 'open', sort: 'created', q: 'NJ2026' })
  })

  test('the union picker narrows the list and the counters to a subtree', async () => {
    fetchScopeUnions.mockImplementation(async (parentId) =>
      parentId === COUNTY_ID ? [scopeUnion(UNION_ID, '跃龙街道总工会')] : [scopeUnion(COUNTY_ID, '宁海县总工会', { level: 'county', hasChildren: true })]
    )
    const u = await open()
    await tap(u, '.inbox-scope-name')
    await waitFor(u, '.scope-drill')
    await tap(u, '.scope-drill')
    await waitFor(u, `.scope-row[data-id="${UNION_ID}"]`)
    const before = fetchInbox.mock.calls.length
    await tap(u, `.scope-row[data-id="${UNION_ID}"] .scope-row-name`)
    expect(await nextQuery(u, before, 'the township list')).toEqual({ status: 'open', sort: 'created', unionId: UNION_ID })
    await waitUntil(u, () => fetchInboxCounts.mock.calls.some((c) => c[0] === UNION_ID), 'the township counters')
    expect(text('.inbox-unions')).toBe('跃龙街道总工会')
    expect(chips()).toEqual(['跃龙街道总工会✕'])
  })

  test('导出台账 exports exactly what the list shows and says whether phones are masked', async () => {
    requestTicketExport.mockResolvedValue({ url: '#tickets.xlsx', masked: true })
    const u = await open()
    await tap(u, '.filter-supervised')
    await tap(u, '.inbox-filter-open')
    await tap(u, '.category-safety')
    await tap(u, '.sheet-apply')
    await search(u, '欠薪')
    await waitUntil(u, () => lastQuery()?.q === '欠薪', 'the filtered list')
    await waitFor(u, '.inbox-export-btn')

    await tap(u, '.inbox-export-btn')
    await waitFor(u, '.inbox-export-note')
    expect(requestTicketExport).toHaveBeenCalledTimes(1)
    expect(requestTicketExport.mock.calls[0]?.[0]).toEqual(lastQuery())
    expect(lastQuery()).toEqual({ status: 'all', supervised: true, sort: 'created', category: 'safety', q: '欠薪' })
    expect(text('.inbox-export-note')).toBe('已导出，手机号已隐去中间四位')
  })

  test('a filter that finds nothing says so and offers to clear it', async () => {
    const u = await open()
    fetchInbox.mockResolvedValueOnce({ items: [], nextCursor: null })
    await search(u, 'FY2026')
    await waitFor(u, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('没有符合筛选条件的诉求')
    expect($('.inbox-export-btn')).toBeNull()

    const before = fetchInbox.mock.calls.length
    await tap(u, '.state-empty .state-action')
    expect(await nextQuery(u, before, 'the whole inbox')).toEqual({ status: 'open', sort: 'created' })
    expect((await waitFor(u, '.inbox-search-input input') as HTMLInputElement).value).toBe('')
  })
})
