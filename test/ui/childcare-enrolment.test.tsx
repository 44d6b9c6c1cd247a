import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { TicketSummary } from '../../types/api'
import EnrolmentPage from '../../src/packages/childcare/enrolment/index'
import GrievanceListPage from '../../src/packages/grievance/list/index'
import * as auth from '../../src/services/auth'
import * as childcare from '../../src/services/childcare'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import { enrolment, enrolmentEvent, ENROLMENT_ID, logInAsParent, parent, PERIOD_ID } from './childcare-fixtures'
import { summary } from './fixtures'
import { $, $$, mountPage, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/childcare') // every export becomes a jest.fn
jest.mock('../../src/services/auth')
jest.mock('../../src/services/tickets')

const fetchEnrolment = jest.mocked(childcare.fetchEnrolment)
const takeEnrolmentAction = jest.mocked(childcare.takeEnrolmentAction)
const fetchDraw = jest.mocked(childcare.fetchDraw)
const fetchMyTickets = jest.mocked(tickets.fetchMyTickets)

let utils: TestUtils | undefined
let showModal: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchEnrolment.mockReset()
  takeEnrolmentAction.mockReset()
  jest.mocked(auth.fetchMe).mockResolvedValue(parent)
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  logInAsParent()
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

async function open(view = enrolment()): Promise<TestUtils> {
  fetchEnrolment.mockResolvedValue(view)
  const u = await mountPage(EnrolmentPage, { id: ENROLMENT_ID })
  await waitFor(u, '.cc-enrolment-head')
  return u
}

/** An offered seat, 2 hours left by the server's clock. */
const offered = enrolment({
  state: 'offered',
  claimBy: '2027-06-25T04:00:00.000Z',
  serverTime: '2027-06-25T02:00:00.000Z',
  allowedActions: ['claim', 'cancel'],
  events: [
    enrolmentEvent({ toState: 'waitlisted', createdAt: '2027-06-24T02:00:00.000Z' }),
    enrolmentEvent({ id: 'ee2', action: 'promote', actorName: '系统', actorRole: 'system', fromState: 'waitlisted', toState: 'offered', createdAt: '2027-06-25T01:00:00.000Z' })
  ]
})

describe('我的托班报名', () => {
  test('an offered seat shows the deadline, its countdown and 确认入班, which claims it', async () => {
    utils = await open(offered)
    expect(text('.cc-enrolment-head .status-tag')).toBe('候补转正待确认')
    expect(text('.cc-claim-by')).toBe('请在 2027年6月25日 周五 12:00 前确认，逾期名额顺延给下一位')
    expect(text('.cc-claim-countdown')).toMatch(/^剩余 0[12]:\d\d:\d\d$/)
    expect(text('.cc-claim-btn')).toBe('确认入班')
    expect($$('.cc-timeline-action').map((a) => a.textContent)).toEqual(['候补转正', '提交报名'])

    takeEnrolmentAction.mockResolvedValueOnce(enrolment({ state: 'held', allowedActions: ['cancel'] }))
    await tap(utils, '.cc-claim-btn')
    expect(takeEnrolmentAction).toHaveBeenCalledWith(ENROLMENT_ID, 'claim')
    await waitUntil(utils, () => text('.cc-enrolment-head .status-tag') === '报名成功', 'the held state')
    expect($('.cc-claim-btn')).toBeNull()
  })

  test('确认入班 shows only when allowedActions contains claim', async () => {
    utils = await open({ ...offered, allowedActions: ['cancel'] })
    expect(text('.cc-enrolment-head .status-tag')).toBe('候补转正待确认')
    expect($('.cc-claim-btn')).toBeNull()
    expect($('.cc-cancel-btn')).not.toBeNull()
  })

  test('a waitlisted sign-up shows its place, and cancelling asks first', async () => {
    utils = await open(enrolment({ state: 'waitlisted', waitlistPosition: 2, allowedActions: ['cancel'] }))
    expect(text('.cc-enrolment-head .status-tag')).toBe('候补中')
    expect(text('.cc-waitlist .cc-state-big')).toBe('候补第 2 位')
    expect($('.cc-claim-btn')).toBeNull()

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, '.cc-cancel-btn')
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(takeEnrolmentAction).not.toHaveBeenCalled()

    takeEnrolmentAction.mockResolvedValueOnce(enrolment({ state: 'cancelled', allowedActions: [] }))
    await tap(utils, '.cc-cancel-btn')
    expect(takeEnrolmentAction).toHaveBeenCalledWith(ENROLMENT_ID, 'cancel')
    await waitUntil(utils, () => text('.cc-enrolment-head .status-tag') === '已取消', 'the cancelled state')
    expect($('.cc-cancel-btn')).toBeNull()
  })

  test('a held seat shows until when it can be cancelled; past the cutoff there is no button', async () => {
    utils = await open()
    expect(text('.cc-cancel-by')).toBe('2027年7月5日 周一 08:30 前可以取消报名')
    expect(text('.cc-info-period')).toBe('班期2027年7月6日 周二 – 2027年7月17日 周六')
    expect(text('.cc-info-hours')).toBe('时间每天 08:30–17:00')
    utils.unmout()
    document.body.innerHTML = ''

    utils = await open(enrolment({ allowedActions: [] }))
    expect($('.cc-cancel-btn')).toBeNull()
    expect(text('.cc-cancel-by')).toBe('已过取消截止时间（2027年7月5日 周一 08:30），如需请假请联系托班工会')
  })

  test('a refused action says why and shows the sign-up as it is now', async () => {
    utils = await open(offered)
    takeEnrolmentAction.mockRejectedValueOnce(new ApiError('TRANSITION_NOT_ALLOWED', '确认期限已过，名额已顺延给下一位候补', 409))
    fetchEnrolment.mockResolvedValue(enrolment({ state: 'lapsed', allowedActions: [] }))
    await tap(utils, '.cc-claim-btn')
    await waitFor(utils, '.cc-enrolment-notice')
    expect(text('.cc-enrolment-notice')).toBe('确认期限已过，名额已顺延给下一位候补')
    await waitUntil(utils, () => text('.cc-enrolment-head .status-tag') === '逾期未确认', 'the lapsed state')
  })

  test('a rejected sign-up shows the reason', async () => {
    utils = await open(enrolment({ state: 'rejected', rejectReason: '不属于本街道职工子女', allowedActions: [] }))
    expect(text('.cc-reject-reason')).toBe('原因：不属于本街道职工子女')
    expect($('.cc-cancel')).toBeNull()
  })

  test('after a lottery draw the draw record can be opened', async () => {
    utils = await open(
      enrolment({
        state: 'waitlisted',
        waitlistPosition: 1,
        events: [enrolmentEvent({ toState: 'applied' }), enrolmentEvent({ id: 'ee2', action: 'draw_waitlist', actorName: '系统', actorRole: 'system', toState: 'waitlisted' })]
      })
    )
    fetchDraw.mockResolvedValueOnce({
      periodId: PERIOD_ID,
      seed: 'a1b2c3',
      drawnAt: '2027-07-02T02:00:00.000Z',
      method: '按种子计算每个报名编号的哈希值排序，优先类别在前',
      entries: [
        { number: 'TB20270625-0009', priority: true, rank: 1, outcome: 'held' },
        { number: 'TB20270625-0001', priority: false, rank: 2, outcome: 'waitlisted' }
      ]
    })
    await tap(utils, '.cc-draw-open')
    expect(fetchDraw).toHaveBeenCalledWith(PERIOD_ID)
    await waitFor(utils, '.cc-draw-entry')
    expect(text('.cc-draw-entry--mine')).toBe('第 2 位TB20270625-0001（我的）候补中')
    expect(text('.cc-draw-seed')).toBe('随机种子：a1b2c3')
  })

  test('no draw record for a first-come class', async () => {
    utils = await open()
    expect($('.cc-draw')).toBeNull()
  })
})

describe('我的诉求与报名', () => {
  const booking: TicketSummary = summary(7, {
    id: ENROLMENT_ID,
    kind: 'childcare',
    status: null,
    category: null,
    title: '跃龙街道暑期爱心托班 · 第一期',
    booking: { state: 'waitlisted', waitlistPosition: 2, claimBy: null, childName: '李小明', periodName: '第一期' }
  })

  test('a 托班 sign-up shows its state and child, and opens the enrolment page', async () => {
    fetchMyTickets.mockResolvedValueOnce({
      items: [booking, summary(1), summary(8, { id: 'x8', kind: 'childcare', status: null, category: null, booking: { state: 'offered', waitlistPosition: null, claimBy: '2027-06-25T04:00:00.000Z', childName: '李小红', periodName: '第二期' } })],
      nextCursor: null
    })
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.ticket-item')
    const [first, second, third] = $$('.ticket-item')
    expect(first.querySelector('.status-tag')?.textContent).toBe('候补第 2 位')
    expect(first.querySelector('.ticket-kind')?.textContent).toBe('爱心托班 · 李小明 · 第一期')
    expect(first.querySelector('.ticket-title')?.textContent).toBe('跃龙街道暑期爱心托班 · 第一期')
    expect(second.querySelector('.status-tag')?.textContent).toBe('待签收')
    expect(second.querySelector('.ticket-kind')?.textContent).toBe('工资待遇')
    expect(third.querySelector('.status-tag')?.textContent).toBe('候补转正待确认')
    expect(third.querySelector('.ticket-claim-hint')?.textContent).toBe('请在 2027年6月25日 周五 12:00 前确认入班')

    await tap(utils, `#ticket-${ENROLMENT_ID}`)
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/enrolment/index'), 'the enrolment page')
    expect(window.location.hash).toContain(`id=${ENROLMENT_ID}`)
  })

  test('a 职工说事 still opens the grievance detail', async () => {
    fetchMyTickets.mockResolvedValueOnce({ items: [summary(1)], nextCursor: null })
    utils = await mountPage(GrievanceListPage)
    await waitFor(utils, '.ticket-item')
    await tap(utils, '#ticket-t1')
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index'), 'the grievance detail')
  })
})
