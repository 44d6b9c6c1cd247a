import type TestUtils from '@tarojs/test-utils-react'
import GrievanceDetailPage from '../../src/packages/grievance/detail/index'
import WorkbenchDetailPage from '../../src/packages/workbench/detail/index'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import { event, ticket, TICKET_ID } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn

const fetchTicket = jest.mocked(tickets.fetchTicket)
const takeTicketAction = jest.mocked(tickets.takeTicketAction)

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  fetchTicket.mockReset()
  takeTicketAction.mockReset()
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

/** Class names of the action buttons on screen, e.g. ['confirm', 'reject']. */
function shownActions(): string[] {
  return $$('.action-btn').map((b) => {
    const cls = Array.from(b.classList).find((c) => c.startsWith('action-') && c !== 'action-btn' && c !== 'action-btn--open')
    return cls ? cls.slice('action-'.length) : '?'
  })
}

const resolvedTicket = ticket({
  status: 'resolved',
  allowedActions: ['confirm', 'reject'],
  events: [
    event(),
    event({ id: 'e2', action: 'accept', actorRole: 'cadre', actorName: '王丽', fromStatus: 'submitted', toStatus: 'in_progress', createdAt: '2026-11-21T01:00:00.000Z' }),
    event({ id: 'e3', action: 'resolve', actorRole: 'cadre', actorName: '王丽', body: '已协调企业于 11 月 30 日前补发工资。', fromStatus: 'in_progress', toStatus: 'resolved', createdAt: '2026-11-21T02:00:00.000Z' })
  ]
})

describe('ticket detail (worker)', () => {
  test('shows the ticket and exactly the offered actions: confirm and reject', async () => {
    fetchTicket.mockResolvedValue(resolvedTicket)
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.ticket-detail')

    expect(fetchTicket).toHaveBeenCalledWith(TICKET_ID)
    expect(text('.detail-number')).toBe('NJ20261120-0001')
    expect(text('.detail-header .status-tag')).toBe('待评价')
    expect(text('.detail-union')).toBe('跃龙街道总工会')
    expect(shownActions()).toEqual(['confirm', 'reject'])
    expect(text('.action-confirm')).toBe('确认解决')
    expect(text('.action-reject')).toBe('未解决')
    for (const other of ['accept', 'reply', 'note', 'resolve', 'withdraw']) expect($(`.action-${other}`)).toBeNull()

    // Newest event first, with who did it.
    const items = $$('.timeline-item')
    expect(items).toHaveLength(3)
    expect(items[0].textContent).toContain('办结')
    expect(items[0].textContent).toContain('工会干部 · 王丽')
    expect(items[0].textContent).toContain('已协调企业于 11 月 30 日前补发工资。')
    expect(items[2].textContent).toContain('提交诉求')
    // The worker view never shows the cadre-only requester block.
    expect($('.detail-requester')).toBeNull()
  })

  test('confirm asks for a rating, sends it, and re-renders with the returned ticket', async () => {
    fetchTicket.mockResolvedValue(resolvedTicket)
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await tap(utils, '.action-confirm')
    await waitFor(utils, '.action-form-confirm')

    await tap(utils, '.action-submit')
    expect(text('.action-form-confirm .field-error')).toBe('请为办理结果打分')
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, '.rating-star[data-value="4"]')
    expect($$('.action-form-confirm .rating-star--on')).toHaveLength(4)
    await typeInto(utils, '.action-form-confirm textarea', '谢谢工会')
    takeTicketAction.mockResolvedValueOnce(
      ticket({
        status: 'closed',
        rating: 4,
        allowedActions: [],
        events: [...resolvedTicket.events, event({ id: 'e4', action: 'confirm', rating: 4, body: '谢谢工会', fromStatus: 'resolved', toStatus: 'closed', createdAt: '2026-11-22T01:00:00.000Z' })]
      })
    )
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => $$('.action-btn').length === 0, 'the buttons to go')

    expect(takeTicketAction).toHaveBeenCalledTimes(1)
    const [id, action, body] = takeTicketAction.mock.calls[0]
    expect(id).toBe(TICKET_ID)
    expect(action).toBe('confirm')
    expect(body).toEqual({ clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), rating: 4, comment: '谢谢工会' })
    expect(text('.detail-header .status-tag')).toBe('已办结')
    expect($$('.timeline-item')[0].textContent).toContain('确认解决')
  })

  test('reject needs a reason', async () => {
    fetchTicket.mockResolvedValue(resolvedTicket)
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await tap(utils, '.action-reject')
    await tap(utils, '.action-submit')
    expect(text('.action-form-reject .field-error')).toBe('请填写未解决的原因')
    expect(takeTicketAction).not.toHaveBeenCalled()

    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'in_progress', reopenCount: 1, allowedActions: [] }))
    await typeInto(utils, '.action-form-reject textarea', '工资只补发了一半')
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the action')
    expect(takeTicketAction.mock.calls[0][1]).toBe('reject')
    expect(takeTicketAction.mock.calls[0][2]).toMatchObject({ body: '工资只补发了一半' })
  })

  test('a 409 shows the Chinese message and reloads the ticket', async () => {
    fetchTicket.mockResolvedValueOnce(ticket({ allowedActions: ['withdraw'] }))
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.action-withdraw')
    expect(shownActions()).toEqual(['withdraw'])

    const message = '诉求当前为“处理中”，不能撤回，请刷新后查看最新进展'
    takeTicketAction.mockRejectedValueOnce(new ApiError('TRANSITION_NOT_ALLOWED', message, 409))
    fetchTicket.mockResolvedValueOnce(ticket({ status: 'in_progress', allowedActions: [] }))
    await tap(utils, '.action-withdraw')
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => $('.detail-notice') !== null, 'the notice')

    expect(text('.detail-notice')).toBe(message)
    expect(fetchTicket).toHaveBeenCalledTimes(2)
    expect(text('.detail-header .status-tag')).toBe('处理中')
    expect(shownActions()).toEqual([])
  })

  test('shows an error with 重试 when the ticket cannot be loaded', async () => {
    fetchTicket.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchTicket.mockResolvedValueOnce(resolvedTicket)
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.ticket-detail')
    expect(shownActions()).toEqual(['confirm', 'reject'])
  })
})

describe('ticket detail (cadre)', () => {
  const cadreTicket = ticket({
    confidential: true,
    requesterName: null,
    contactPhone: null,
    allowedActions: ['accept', 'note'],
    events: [
      event({ actorName: '职工（已保密）' }),
      event({ id: 'e2', action: 'note', actorRole: 'cadre', actorName: '吴海', body: '先与财务核实', visibility: 'internal', createdAt: '2026-11-20T08:00:00.000Z' })
    ]
  })

  test('shows 受理 and 内部备注 only, the masked requester and the internal note', async () => {
    fetchTicket.mockResolvedValue(cadreTicket)
    utils = await mountPage(WorkbenchDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.ticket-detail')

    expect(shownActions()).toEqual(['accept', 'note'])
    expect(text('.action-accept')).toBe('受理')
    expect(text('.action-note')).toBe('内部备注')
    for (const other of ['reply', 'resolve', 'confirm', 'reject', 'withdraw']) expect($(`.action-${other}`)).toBeNull()

    expect(text('.requester-name .detail-row-value')).toBe('已保密')
    expect(text('.requester-phone .detail-row-value')).toBe('已保密')
    const internal = $$('.timeline-item--internal')
    expect(internal).toHaveLength(1)
    expect(internal[0].querySelector('.timeline-internal')?.textContent).toBe('内部')
    expect(internal[0].textContent).toContain('先与财务核实')
  })

  test('受理 is sent at once and the same clientRequestId is reused after a failure', async () => {
    fetchTicket.mockResolvedValue(cadreTicket)
    utils = await mountPage(WorkbenchDetailPage, { id: TICKET_ID })
    takeTicketAction.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await tap(utils, '.action-accept')
    await waitUntil(utils, () => $('.detail-notice') !== null, 'the failure notice')
    expect(text('.detail-notice')).toBe('网络不给力，请稍后重试')

    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'in_progress', allowedActions: ['reply', 'note', 'resolve'] }))
    await tap(utils, '.action-accept')
    await waitUntil(utils, () => $('.action-reply') !== null, 'the new actions')
    await settle(utils)

    expect(takeTicketAction).toHaveBeenCalledTimes(2)
    expect(takeTicketAction.mock.calls[0][1]).toBe('accept')
    expect(takeTicketAction.mock.calls[1][2]).toEqual(takeTicketAction.mock.calls[0][2])
    expect(shownActions()).toEqual(['reply', 'note', 'resolve'])
    expect(text('.detail-header .status-tag')).toBe('处理中')
  })
})
