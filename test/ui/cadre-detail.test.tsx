import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import WorkbenchDetailPage from '../../src/packages/workbench/detail/index'
import * as canned from '../../src/services/canned-replies'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import { CLIENT_REQUEST_ID, shownActions } from './detail-helpers'
import { county, COUNTY_ID, event, TAOYUAN_ID, ticket, TICKET_ID, UNION_ID, unionNode, yuelong } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/canned-replies')
jest.mock('../../src/services/subscribe')
jest.mock('../../src/services/uploads')

const fetchTicket = jest.mocked(tickets.fetchTicket)
const takeTicketAction = jest.mocked(tickets.takeTicketAction)
const fetchRoutingTargets = jest.mocked(tickets.fetchRoutingTargets)
const fetchCannedReplies = jest.mocked(canned.fetchCannedReplies)

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchTicket.mockReset()
  takeTicketAction.mockReset()
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

/** At the county: the worker addressed it there and it has not been signed for yet. */
const atCounty = ticket({
  targetUnion: county,
  currentUnion: county,
  allowedActions: ['acknowledge', 'dispatch', 'transfer', 'refuse', 'note']
})

async function open(t = atCounty): Promise<TestUtils> {
  fetchTicket.mockResolvedValue(t)
  const u = await mountPage(WorkbenchDetailPage, { id: TICKET_ID })
  await waitFor(u, '.ticket-detail')
  return u
}

describe('ticket detail (cadre): what the header tells', () => {
  test('deadline light, marks, unions, extension, 督办, 重办 and the hidden requester', async () => {
    utils = await open(
      ticket({
        status: 'in_progress',
        urgent: true,
        supervised: true,
        unreasonable: true,
        unreasonableReason: '同一事项已重复反映五次',
        dueLight: 'red',
        dueKind: 'answer',
        dueAt: '2026-11-20T16:00:00.000Z',
        dispatchedFrom: county,
        reopenCount: 2,
        confidential: true,
        requesterName: null,
        contactPhone: null,
        extension: { id: 'x1', days: 5, reason: '需等待社保部门核实', status: 'pending', unionName: '跃龙街道总工会', requestedAt: '2026-11-19T02:00:00.000Z', decidedAt: null },
        supervisions: [
          { id: 's1', reason: 'answer_overdue', union: county, handlingUnion: yuelong, createdAt: '2026-11-21T00:00:00.000Z', resolvedAt: null }
        ],
        allowedActions: ['note'],
        events: [
          event({ actorName: '职工（已保密）' }),
          event({ id: 'e2', action: 'note', actorRole: 'handler', actorName: '王丽', actorUnion: yuelong, body: '先与财务核实', visibility: 'internal', createdAt: '2026-11-20T08:00:00.000Z' })
        ]
      })
    )
    expect(text('.detail-header .status-tag')).toBe('办理中')
    expect($('.detail-header .due-light')?.classList.contains('due-light--red')).toBe(true)
    expect(text('.detail-header .due-light-label')).toBe('超期')
    expect(text('.detail-header .due-date')).toContain('11月20日 周五')
    expect(text('.detail-header .badge-supervised')).toBe('督办')
    expect(text('.detail-header .badge-urgent')).toBe('紧急')
    expect(text('.detail-header .badge-unreasonable')).toBe('不合理诉求')
    expect(text('.detail-unreasonable')).toBe('不合理诉求：同一事项已重复反映五次')
    expect(text('.detail-current-union')).toBe('跃龙街道总工会')
    expect(text('.detail-dispatched-from')).toBe('宁海县总工会')
    expect(text('.detail-reopen')).toBe('重办 2 次')
    expect(text('.detail-extension .extension-status')).toBe('待上级审批')
    expect(text('.detail-extension .extension-line')).toBe('跃龙街道总工会 申请延期 5 个工作日')
    expect(text('.detail-supervisions .supervision-reason')).toBe('超时未答复')
    expect(text('.detail-supervisions .supervision--open')).toContain('宁海县总工会 督办 跃龙街道总工会')
    expect(text('.requester-name .detail-row-value')).toBe('职工要求保密')
    expect(text('.requester-phone .detail-row-value')).toBe('职工要求保密')

    const internal = $$('.timeline-item--internal')
    expect(internal).toHaveLength(1)
    expect(internal[0].querySelector('.timeline-internal')?.textContent).toBe('内部')
    expect(internal[0].textContent).toContain('先与财务核实')
  })

  test('yellow and green lights', async () => {
    utils = await open(ticket({ dueLight: 'yellow' }))
    expect(text('.due-light-label')).toBe('临期')
    expect($('.due-light')?.className).toContain('due-light--yellow')
    utils.unmout()
    document.body.innerHTML = ''
    utils = await open(ticket({ dueLight: 'green' }))
    expect(text('.due-light-label')).toBe('正常')
    expect($('.due-light')?.className).toContain('due-light--green')
  })
})

describe('ticket detail (cadre): the action panel', () => {
  test('shows exactly the offered actions', async () => {
    utils = await open()
    expect(shownActions()).toEqual(['acknowledge', 'dispatch', 'transfer', 'refuse', 'note'])
    expect(shownActions().map((a) => text(`.action-${a}`))).toEqual(['签收', '派单', '转办', '不予受理', '内部备注'])
    utils.unmout()
    document.body.innerHTML = ''

    utils = await open(ticket({ status: 'in_progress', allowedActions: ['reply', 'request_info', 'answer', 'request_extension', 'note'] }))
    expect(shownActions()).toEqual(['reply', 'request_info', 'answer', 'request_extension', 'note'])
    for (const absent of ['acknowledge', 'dispatch', 'return', 'confirm', 'approve_extension']) expect($(`.action-${absent}`)).toBeNull()
  })

  test('签收 asks to confirm, then sends once; a retry after a failure reuses the clientRequestId', async () => {
    const modal = jest.spyOn(Taro, 'showModal')
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    utils = await open()
    await tap(utils, '.action-acknowledge')
    expect(modal).toHaveBeenCalledTimes(1)
    expect(takeTicketAction).not.toHaveBeenCalled()

    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    takeTicketAction.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await tap(utils, '.action-acknowledge')
    await waitFor(utils, '.action-error')
    expect(text('.action-error')).toBe('网络不给力，请稍后重试')

    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'in_progress', currentUnion: county, allowedActions: ['reply', 'answer', 'note'] }))
    await tap(utils, '.action-acknowledge')
    await waitUntil(utils, () => $('.action-answer') !== null, 'the new actions')
    expect(takeTicketAction).toHaveBeenCalledTimes(2)
    expect(takeTicketAction.mock.calls[0][1]).toBe('acknowledge')
    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID) })
    expect(takeTicketAction.mock.calls[1][2]).toEqual(takeTicketAction.mock.calls[0][2])
    expect(text('.detail-header .status-tag')).toBe('办理中')
  })

  test('派单 lists the routing targets and sends the chosen union', async () => {
    fetchRoutingTargets.mockResolvedValue({
      action: 'dispatch',
      unions: [unionNode(UNION_ID, '跃龙街道总工会'), unionNode(TAOYUAN_ID, '桃源街道总工会')]
    })
    utils = await open()
    await tap(utils, '.action-dispatch')
    await waitFor(utils, '.action-form-dispatch .union-option')
    expect(fetchRoutingTargets).toHaveBeenCalledWith(TICKET_ID, 'dispatch')
    expect($$('.union-option').map((o) => [o.getAttribute('data-id'), o.textContent])).toEqual([
      [UNION_ID, '跃龙街道总工会'],
      [TAOYUAN_ID, '桃源街道总工会']
    ])

    await tap(utils, '.action-submit')
    expect(text('.action-form-dispatch .field-error')).toBe('请选择承办工会')
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, `.union-option[data-id="${TAOYUAN_ID}"]`)
    expect($('.union-choice--on .union-option')?.getAttribute('data-id')).toBe(TAOYUAN_ID)
    await typeInto(utils, '.action-form-dispatch textarea', '请三个工作日内联系职工')
    takeTicketAction.mockResolvedValueOnce(ticket({ currentUnion: { id: TAOYUAN_ID, name: '桃源街道总工会' }, allowedActions: ['note'] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the dispatch')
    expect(takeTicketAction.mock.calls[0]).toEqual([
      TICKET_ID,
      'dispatch',
      { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), unionId: TAOYUAN_ID, body: '请三个工作日内联系职工' }
    ])
    await waitUntil(utils, () => $('.action-form-dispatch') === null, 'the form to close')
  })

  test('转办 needs a reason; an empty routing list says so', async () => {
    fetchRoutingTargets.mockResolvedValueOnce({ action: 'transfer', unions: [] })
    utils = await open()
    await tap(utils, '.action-transfer')
    await waitFor(utils, '.action-form-transfer .state-empty')
    expect(text('.action-form-transfer .state-empty')).toBe('没有可以转办的工会')
    expect(fetchRoutingTargets).toHaveBeenCalledWith(TICKET_ID, 'transfer')
    await tap(utils, '.action-submit')
    expect($$('.action-form-transfer .field-error').map((e) => e.textContent)).toEqual(['请选择转办工会', '请填写转办原因'])
    expect(takeTicketAction).not.toHaveBeenCalled()
  })

  test('退单 needs a reason from the list and an explanation', async () => {
    utils = await open(ticket({ currentUnion: yuelong, dispatchedFrom: county, allowedActions: ['acknowledge', 'return'] }))
    await tap(utils, '.action-return')
    expect(text('.action-form-return .action-hint')).toBe('退单后，诉求将退回宁海县总工会')
    expect($$('.reason-option').map((o) => o.getAttribute('data-value'))).toEqual(['not_our_scope', 'wrong_area', 'duplicate_dispatch', 'needs_higher_level', 'other'])
    await tap(utils, '.action-submit')
    expect($$('.action-form-return .field-error').map((e) => e.textContent)).toEqual(['请选择退单原因', '请填写退单说明'])

    await tap(utils, '.reason-option[data-value="wrong_area"]')
    expect(text('.reason-option--on')).toBe('不在本单位管辖区域')
    await typeInto(utils, '.action-form-return textarea', '该站点属桃源街道')
    // The township no longer has a part in it: the server only says where it went.
    takeTicketAction.mockResolvedValueOnce({ handedOver: true, id: TICKET_ID, number: 'NJ20261120-0001', status: 'submitted', currentUnion: county })
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the return')
    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), reasonCode: 'wrong_area', body: '该站点属桃源街道' })
    await waitFor(utils, '.handed-over')
    expect(text('.handed-over .state-text')).toBe('已退回宁海县总工会，无需您继续办理')
    expect($('.ticket-detail')).toBeNull()
    // …and the page is left for the inbox.
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/inbox/index'), 'the inbox', 5000)
  })

  test('a 常用回复 goes into the answer, where it can still be edited', async () => {
    fetchCannedReplies.mockResolvedValue([
      { id: 'c1', unionId: UNION_ID, title: '已协调补发', body: '经协调，企业已同意补发拖欠工资。', updatedAt: '2026-11-01T00:00:00.000Z' },
      { id: 'c2', unionId: UNION_ID, title: '转法律援助', body: '建议申请法律援助。', updatedAt: '2026-11-01T00:00:00.000Z' }
    ])
    utils = await open(ticket({ status: 'in_progress', currentUnion: yuelong, allowedActions: ['reply', 'answer'] }))
    await tap(utils, '.action-answer')
    await waitFor(utils, '.action-form-answer .canned-reply-option')
    expect(fetchCannedReplies).toHaveBeenCalledWith(UNION_ID)
    expect($$('.canned-reply-option').map((o) => o.textContent)).toEqual(['已协调补发', '转法律援助'])

    // (Stencil renders the inner textarea a moment after the form; a person cannot tap sooner.)
    const area = (await waitFor(utils, '.action-form-answer textarea')) as HTMLTextAreaElement
    await tap(utils, '.canned-reply-option[data-id="c1"]')
    await waitUntil(utils, () => area.value === '经协调，企业已同意补发拖欠工资。', 'the inserted text')
    await typeInto(utils, '.action-form-answer textarea', '经协调，企业已同意于 11 月 30 日前补发拖欠工资。')

    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'answered', allowedActions: [] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the answer')
    expect(takeTicketAction.mock.calls[0][1]).toBe('answer')
    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), body: '经协调，企业已同意于 11 月 30 日前补发拖欠工资。' })
  })

  test('申请延期 checks the days (1–10) and sends them as a number', async () => {
    utils = await open(ticket({ status: 'in_progress', allowedActions: ['request_extension'] }))
    await tap(utils, '.action-request_extension')
    await typeInto(utils, '.action-form-request_extension .days-input input', '11')
    await typeInto(utils, '.action-form-request_extension textarea', '需等待社保部门核实')
    await tap(utils, '.action-submit')
    expect(text('.action-form-request_extension .field-error')).toBe('延期最多 10 个工作日')
    expect(takeTicketAction).not.toHaveBeenCalled()

    await typeInto(utils, '.action-form-request_extension .days-input input', '5')
    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'in_progress', allowedActions: [] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the request')
    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), days: 5, body: '需等待社保部门核实' })
  })

  test('a double tap sends once, the button is disabled while sending, and the server message is shown', async () => {
    utils = await open(ticket({ status: 'in_progress', allowedActions: ['request_info'] }))
    await tap(utils, '.action-request_info')
    await typeInto(utils, '.action-form-request_info textarea', '请补充劳动合同照片')
    let fail: (e: Error) => void = () => undefined
    takeTicketAction.mockImplementationOnce(() => new Promise((_resolve, reject) => (fail = reject)))
    await tap(utils, '.action-submit')
    await tap(utils, '.action-submit')
    expect(takeTicketAction).toHaveBeenCalledTimes(1)
    expect(text('.action-submit')).toBe('提交中…')
    expect($('.action-submit')?.hasAttribute('disabled')).toBe(true)

    await utils.act(async () => fail(new ApiError('RATE_LIMITED', '操作太频繁，请稍后再试', 429)))
    await settle(utils)
    expect(text('.action-form-request_info .action-error')).toBe('操作太频繁，请稍后再试')
    expect(text('.action-submit')).toBe('发送给职工')
    // What was typed is still there for the retry, which reuses the key.
    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'awaiting_info', paused: true, allowedActions: [] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 2, 'the retry')
    expect(takeTicketAction.mock.calls[1][2]).toEqual(takeTicketAction.mock.calls[0][2])
    await waitFor(utils, '.promise-paused')
    expect(text('.promise-paused')).toBe('等待职工补充材料，答复期限暂停计时')
  })

  test('a 409 reloads the ticket and closes the form', async () => {
    fetchTicket.mockResolvedValueOnce(ticket({ status: 'in_progress', allowedActions: ['note', 'answer'] }))
    utils = await mountPage(WorkbenchDetailPage, { id: TICKET_ID })
    await tap(utils, '.action-note')
    await typeInto(utils, '.action-form-note textarea', '已电话联系')
    takeTicketAction.mockRejectedValueOnce(new ApiError('TRANSITION_NOT_ALLOWED', '该诉求已被转办，请刷新后查看', 409))
    fetchTicket.mockResolvedValueOnce(ticket({ currentUnion: { id: COUNTY_ID, name: '宁海县总工会' }, allowedActions: [] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => $('.detail-notice') !== null, 'the notice')
    expect(text('.detail-notice')).toBe('该诉求已被转办，请刷新后查看')
    expect(fetchTicket).toHaveBeenCalledTimes(2)
    expect($('.action-form-note')).toBeNull()
    expect(shownActions()).toEqual([])
  })
})
