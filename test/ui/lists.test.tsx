import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser } from '../../types/api'
import GrievanceListPage from '../../src/packages/grievance/list/index'
import WorkbenchInboxPage from '../../src/packages/workbench/inbox/index'
import * as auth from '../../src/services/auth'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import * as admin from '../../src/services/workbench-admin'
import * as workbench from '../../src/services/workbench'
import { county, summary, user } from './fixtures'
import { $, $$, mountPage, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/auth')
jest.mock('../../src/services/workbench-admin')
jest.mock('../../src/services/workbench')

const fetchMyTickets = jest.mocked(tickets.fetchMyTickets)
const fetchInbox = jest.mocked(tickets.fetchInbox)
const fetchMe = jest.mocked(auth.fetchMe)
const fetchWorkbenchAlerts = jest.mocked(admin.fetchWorkbenchAlerts)

const cadre: CurrentUser = user({ id: 'u2', displayName: '王丽', cadreOf: [{ id: 'g1', name: '跃龙街道总工会' }] })

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchMyTickets.mockReset()
  fetchInbox.mockReset()
  jest.mocked(workbench.fetchInboxCounts).mockResolvedValue({
    union: null,
    open: { submitted: 0, in_progress: 0, awaiting_info: 0 },
    red: { n: 0, capped: false },
    yellow: { n: 0, capped: false },
    dueToday: { n: 0, capped: false },
    supervised: { n: 0, capped: false }
  })
  jest.mocked(workbench.fetchScopeUnions).mockResolvedValue([])
  fetchWorkbenchAlerts.mockResolvedValue({ missingHolidayYears: [], overdue: 0, dueSoon: 0, supervised: 0, pendingExtensions: 0 })
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('我的诉求', () => {
  test('lists tickets with number, title, status and union, and loads more with the cursor', async () => {
    fetchMyTickets.mockResolvedValueOnce({
      items: [summary(1), summary(2, { status: 'awaiting_info' }), summary(3, { status: 'refused' })],
      nextCursor: 'c2'
    })
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.ticket-item')

    const items = $$('.ticket-item')
    expect(items).toHaveLength(3)
    expect(items[0].querySelector('.ticket-number')?.textContent).toBe('NJ20261120-0001')
    expect(items[0].querySelector('.ticket-title')?.textContent).toBe('诉求 1')
    expect(items.map((i) => i.querySelector('.status-tag')?.textContent)).toEqual(['待签收', '待补充材料', '不予受理'])
    expect(items[0].querySelector('.ticket-union')?.textContent).toBe('跃龙街道总工会')
    // The worker's cards carry no workbench marks.
    expect($('.ticket-item .due-light')).toBeNull()
    expect(fetchMyTickets).toHaveBeenLastCalledWith(null)

    fetchMyTickets.mockResolvedValueOnce({ items: [summary(4)], nextCursor: null })
    await tap(utils, '.load-more-btn')
    await waitUntil(utils, () => $$('.ticket-item').length === 4, 'the next page')
    expect(fetchMyTickets).toHaveBeenLastCalledWith('c2')
    expect($('.load-more-btn')).toBeNull()
    expect(text('.list-end')).toBe('没有更多了')
  })

  test('empty list offers 职工说事', async () => {
    fetchMyTickets.mockResolvedValueOnce({ items: [], nextCursor: null })
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('您还没有提交过诉求')
    await tap(utils, '.state-empty .state-action')
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/new/index'), 'the form')
  })

  test('an error offers 重试, which loads again', async () => {
    fetchMyTickets.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchMyTickets.mockResolvedValueOnce({ items: [summary(1)], nextCursor: null })
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.ticket-item')
    expect(fetchMyTickets).toHaveBeenCalledTimes(2)
  })
})

describe('工会工作台', () => {
  function logInAs(u: CurrentUser) {
    Taro.setStorageSync('nj.session.token', 'token-1')
    Taro.setStorageSync('nj.session.user', u)
    fetchMe.mockResolvedValue(u)
  }

  test('cards show the deadline light and date, 督办, 紧急 and the handling union', async () => {
    logInAs(cadre)
    fetchInbox.mockResolvedValue({
      items: [
        summary(1, { dueLight: 'red', dueKind: 'answer', dueAt: '2026-11-20T16:00:00.000Z', supervised: true, urgent: true }),
        summary(2, { dueLight: 'yellow', dueKind: 'acknowledge', dueAt: '2026-11-23T16:00:00.000Z', currentUnion: county }),
        summary(3, { status: 'awaiting_info', dueLight: null, dueKind: null, dueAt: null })
      ],
      nextCursor: null
    })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.workbench-inbox .ticket-item')

    const [first, second, third] = $$('.workbench-inbox .ticket-item')
    expect(first.querySelector('.due-light')?.classList.contains('due-light--red')).toBe(true)
    expect(first.querySelector('.due-light-label')?.textContent).toBe('超期')
    expect(first.querySelector('.due-date')?.textContent).toContain('答复期限')
    expect(first.querySelector('.due-date')?.textContent).toContain('11月20日 周五')
    expect(first.querySelector('.badge-supervised')?.textContent).toBe('督办')
    expect(first.querySelector('.badge-urgent')?.textContent).toBe('紧急')

    expect(second.querySelector('.due-light')?.classList.contains('due-light--yellow')).toBe(true)
    expect(second.querySelector('.due-light-label')?.textContent).toBe('临期')
    expect(second.querySelector('.due-date')?.textContent).toContain('签收期限')
    expect(second.querySelector('.badge-supervised')).toBeNull()
    expect(second.querySelector('.badge-urgent')).toBeNull()
    expect(second.querySelector('.ticket-union')?.textContent).toBe('宁海县总工会')

    // Paused for material: no clock, no light.
    expect(third.querySelector('.due-light')).toBeNull()
  })

  test('filter chips and the sort switch ask for the right inbox', async () => {
    logInAs(cadre)
    fetchInbox.mockResolvedValue({ items: [summary(1)], nextCursor: 'n1' })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.ticket-item')
    expect(fetchInbox).toHaveBeenLastCalledWith({ status: 'open', sort: 'created' }, null)
    expect($$('.filter-chip').map((t) => t.textContent)).toEqual(['待办', '督办', '全部'])
    expect(text('.filter-chip--on')).toBe('待办')
    expect(text('.sort-option--on')).toBe('按时间')

    await tap(utils, '.sort-due')
    await waitUntil(utils, () => fetchInbox.mock.calls.length === 2, 'the sorted inbox')
    expect(fetchInbox).toHaveBeenLastCalledWith({ status: 'open', sort: 'due' }, null)
    expect(text('.sort-option--on')).toBe('按期限')

    fetchInbox.mockResolvedValueOnce({ items: [], nextCursor: null })
    await tap(utils, '.filter-supervised')
    await waitFor(utils, '.state-empty')
    // The sort is kept when the filter changes.
    expect(fetchInbox).toHaveBeenLastCalledWith({ status: 'all', supervised: true, sort: 'due' }, null)
    expect(text('.state-empty .state-text')).toBe('没有督办中的诉求')

    await tap(utils, '.filter-all')
    await waitFor(utils, '.ticket-item')
    expect(fetchInbox).toHaveBeenLastCalledWith({ status: 'all', sort: 'due' }, null)

    // Keyset paging passes the cursor with the same query.
    fetchInbox.mockResolvedValueOnce({ items: [summary(2)], nextCursor: null })
    await tap(utils, '.load-more-btn')
    await waitUntil(utils, () => fetchInbox.mock.calls.some((c) => c[1] === 'n1'), 'the next page')
    expect(fetchInbox).toHaveBeenLastCalledWith({ status: 'all', sort: 'due' }, 'n1')
  })

  test('the alerts banner sits above the list', async () => {
    logInAs(cadre)
    fetchWorkbenchAlerts.mockResolvedValue({ missingHolidayYears: [], overdue: 2, dueSoon: 1, supervised: 1, pendingExtensions: 0 })
    fetchInbox.mockResolvedValue({ items: [summary(1)], nextCursor: null })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.workbench-alerts .alert-counts')
    expect(text('.alert-counts')).toBe('超期 2 · 临期 1 · 督办 1')
  })

  test('is closed to people who are not cadres', async () => {
    logInAs({ ...cadre, cadreOf: [] })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('工作台仅限工会干部使用')
    expect(fetchInbox).not.toHaveBeenCalled()
  })
})
