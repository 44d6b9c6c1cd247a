import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser, TicketSummary } from '../../types/api'
import GrievanceListPage from '../../src/packages/grievance/list/index'
import WorkbenchInboxPage from '../../src/packages/workbench/inbox/index'
import * as auth from '../../src/services/auth'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import { ticket } from './fixtures'
import { $, $$, mountPage, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/auth') // every export becomes a jest.fn

const fetchMyTickets = jest.mocked(tickets.fetchMyTickets)
const fetchInbox = jest.mocked(tickets.fetchInbox)
const fetchMe = jest.mocked(auth.fetchMe)

function summary(n: number, overrides: Partial<TicketSummary> = {}): TicketSummary {
  const { description: _d, employer: _e, confidential: _c, requesterName: _r, contactPhone: _p, rating: _ra, reopenCount: _o, attachments: _a, events: _ev, allowedActions: _al, ...s } =
    ticket({ id: `t${n}`, number: `NJ20261120-000${n}`, title: `诉求 ${n}` })
  return { ...s, ...overrides }
}

const cadre: CurrentUser = { id: 'u2', displayName: '王丽', cadreOf: [{ id: 'g1', name: '跃龙街道总工会' }], isLawyer: false }

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchMyTickets.mockReset()
  fetchInbox.mockReset()
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('我的诉求', () => {
  test('lists tickets with number, title, status and union, and loads more with the cursor', async () => {
    fetchMyTickets.mockResolvedValueOnce({ items: [summary(1), summary(2, { status: 'closed' })], nextCursor: 'c2' })
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.ticket-item')

    const items = $$('.ticket-item')
    expect(items).toHaveLength(2)
    expect(items[0].querySelector('.ticket-number')?.textContent).toBe('NJ20261120-0001')
    expect(items[0].querySelector('.ticket-title')?.textContent).toBe('诉求 1')
    expect(items[0].querySelector('.status-tag')?.textContent).toBe('待受理')
    expect(items[1].querySelector('.status-tag')?.textContent).toBe('已办结')
    expect(items[0].querySelector('.ticket-union')?.textContent).toBe('跃龙街道总工会')
    expect(fetchMyTickets).toHaveBeenLastCalledWith(null)

    fetchMyTickets.mockResolvedValueOnce({ items: [summary(3)], nextCursor: null })
    await tap(utils, '.load-more-btn')
    await waitUntil(utils, () => $$('.ticket-item').length === 3, 'the next page')
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
  function logInAs(user: CurrentUser) {
    Taro.setStorageSync('nj.session.token', 'token-1')
    Taro.setStorageSync('nj.session.user', user)
    fetchMe.mockResolvedValue(user)
  }

  test('filters by status tab', async () => {
    logInAs(cadre)
    fetchInbox.mockResolvedValue({ items: [summary(1)], nextCursor: null })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.ticket-item')
    expect(fetchInbox).toHaveBeenLastCalledWith('submitted', null)
    expect($$('.status-tab').map((t) => t.textContent)).toEqual(['待受理', '处理中', '待评价', '已办结', '全部未办结'])

    fetchInbox.mockResolvedValueOnce({ items: [], nextCursor: null })
    await tap(utils, '#status-tab-open')
    await waitFor(utils, '.state-empty')
    expect(fetchInbox).toHaveBeenLastCalledWith('open', null)
    expect(text('.status-tab--on')).toBe('全部未办结')
    expect(text('.state-empty .state-text')).toBe('所有诉求都已办结')
  })

  test('is closed to people who are not cadres', async () => {
    logInAs({ ...cadre, cadreOf: [] })
    utils = await mountPage(WorkbenchInboxPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('工作台仅限工会干部使用')
    expect(fetchInbox).not.toHaveBeenCalled()
  })
})
