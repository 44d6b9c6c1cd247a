// 法律援助 in the ticket detail: the case panel, the lawyer's and the station's actions, and the
// worker's appointments.
import type TestUtils from '@tarojs/test-utils-react'
import type { TicketDetail } from '../../types/api'
import GrievanceDetailPage from '../../src/packages/grievance/detail/index'
import WorkbenchDetailPage from '../../src/packages/workbench/detail/index'
import * as canned from '../../src/services/canned-replies'
import * as legal from '../../src/services/legal-aid-cases'
import { ApiError } from '../../src/services/request'
import * as tickets from '../../src/services/tickets'
import * as uploads from '../../src/services/uploads'
import { CLIENT_REQUEST_ID, shownActions } from './detail-helpers'
import { event, TICKET_ID } from './fixtures'
import { $, $$, mountPage, tap, text, typeInto, waitFor, waitUntil } from './helpers'
import { appointment, APPOINTMENT_ID, LAWYER_QIAN, LAWYER_SUN, legalTicket, qian, STATION_ID, sun } from './legal-aid-case-fixtures'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/canned-replies')
jest.mock('../../src/services/subscribe')
jest.mock('../../src/services/uploads')
jest.mock('../../src/services/legal-aid-cases')

const fetchTicket = jest.mocked(tickets.fetchTicket)
const takeTicketAction = jest.mocked(tickets.takeTicketAction)
const fetchCannedReplies = jest.mocked(canned.fetchCannedReplies)
const cancelAppointment = jest.mocked(legal.cancelAppointment)
const openPdf = jest.mocked(uploads.openPdf)

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.resetAllMocks()
  document.body.innerHTML = ''
  window.location.hash = ''
  fetchCannedReplies.mockResolvedValue([])
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

async function openAsStaff(t: TicketDetail): Promise<TestUtils> {
  fetchTicket.mockResolvedValue(t)
  const u = await mountPage(WorkbenchDetailPage, { id: TICKET_ID })
  await waitFor(u, '.ticket-detail')
  return u
}

async function openAsWorker(t: TicketDetail): Promise<TestUtils> {
  fetchTicket.mockResolvedValue(t)
  const u = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
  await waitFor(u, '.ticket-detail')
  return u
}

const errorsIn = (form: string) => $$(`.action-form-${form} .field-error`).map((e) => e.textContent)

describe('legal-aid case panel', () => {
  test('shows the case, its stage, the lawyer and the appointments; the timeline names the new events', async () => {
    utils = await openAsStaff(
      legalTicket(
        {
          allowedActions: ['note'],
          events: [
            event(),
            event({ id: 'e2', action: 'assign_lawyer', actorRole: 'handler', actorName: '王丽', body: '指派孙立新律师承办', createdAt: '2026-11-20T07:00:00.000Z' }),
            event({ id: 'e3', action: 'book_appointment', actorName: '张建军', createdAt: '2026-11-20T08:00:00.000Z' }),
            event({ id: 'e4', action: 'cancel_appointment', actorName: '张建军', body: '临时加班', createdAt: '2026-11-20T09:00:00.000Z' }),
            event({ id: 'e5', action: 'advance_stage', actorRole: 'lawyer', actorName: '孙立新', reason: '调解', body: '已约企业面谈', createdAt: '2026-11-21T01:00:00.000Z' })
          ]
        },
        {
          appointments: [
            appointment({ id: 'a-old', day: '2026-11-20', startTime: '14:00', endTime: '16:00', state: 'cancelled', upcoming: false, cancelledBy: 'requester', cancelReason: '临时加班' }),
            appointment()
          ]
        }
      )
    )
    expect(text('.detail-category')).toBe('法律援助 · 欠薪')
    expect(text('.detail-description .card-title')).toBe('事情经过')

    expect($$('.stage-step').map((s) => s.getAttribute('data-stage'))).toEqual(['consultation', 'mediation', 'arbitration', 'litigation', 'closed'])
    expect($$('.stage-step').map((s) => s.querySelector('.stage-step-label')?.textContent)).toEqual(['咨询', '调解', '仲裁', '诉讼', '结案'])
    expect($$('.stage-step--current').map((s) => s.getAttribute('data-stage'))).toEqual(['mediation'])
    expect($$('.stage-step--before').map((s) => s.getAttribute('data-stage'))).toEqual(['consultation'])

    expect(text('.case-type .detail-row-value')).toBe('欠薪')
    expect(text('.case-help .detail-row-value')).toBe('仲裁代理')
    expect(text('.case-amount .detail-row-value')).toBe('24,000 元')
    expect(text('.case-since .detail-row-value')).toBe('2026年9月')
    expect(text('.case-hardship .detail-row-value')).toBe('是停工三个月无收入')
    expect(text('.case-station .detail-row-value')).toBe('跃龙街道法律援助工作站')
    expect(text('.case-lawyer .detail-row-value')).toBe('孙立新')
    expect($('.case-result')).toBeNull()

    // The coming appointment up front, with its cancel button; the cancelled one muted below.
    const upcoming = $$('.appointment--upcoming')
    expect(upcoming).toHaveLength(1)
    expect(upcoming[0]!.id).toBe(`appointment-${APPOINTMENT_ID}`)
    expect(text('.appointment--upcoming .appointment-when')).toBe('11月27日 周五 09:00–11:30')
    expect(text('.appointment--upcoming .appointment-mode')).toBe('到站面谈')
    expect(text('.appointment--upcoming .appointment-lawyer')).toBe('孙立新 律师')
    expect(text('.appointment--upcoming .appointment-place')).toBe('地点：跃龙街道职工服务中心 2 楼 203 室')
    expect($('.appointment--upcoming .appointment-cancel-btn')).not.toBeNull()
    expect(text('#appointment-a-old .appointment-state')).toBe('已取消')
    expect(text('#appointment-a-old .appointment-cancel-reason')).toBe('职工取消：临时加班')
    expect($('#appointment-a-old .appointment-cancel-btn')).toBeNull()
    // Staff never book for the worker.
    expect($('.book-appointment-btn')).toBeNull()

    const labels = $$('.timeline-action').map((e) => e.textContent)
    expect(labels).toEqual(['推进办案阶段', '取消预约', '预约值班律师', '指派律师', '提交诉求'])
    expect(text('.timeline-advance_stage .timeline-reason')).toBe('进入阶段：调解')
    expect(text('.timeline-advance_stage .timeline-actor')).toBe('孙立新')
  })

  test('an unassigned case says 待指派; a closed one shows the outcome and the amount recovered', async () => {
    utils = await openAsStaff(legalTicket({ status: 'submitted' }, { lawyer: null, stage: 'consultation', amountInDispute: null, hardship: false }))
    expect(text('.case-lawyer .detail-row-value')).toBe('待指派')
    expect(text('.case-amount .detail-row-value')).toBe('未填写')
    expect(text('.case-hardship .detail-row-value')).toBe('否')
    expect($$('.stage-step--current').map((s) => s.getAttribute('data-stage'))).toEqual(['consultation'])
    expect($$('.stage-step--before')).toHaveLength(0)
    utils.unmout()
    document.body.innerHTML = ''

    utils = await openAsWorker(
      legalTicket(
        { status: 'answered', allowedActions: ['confirm'] },
        { stage: 'closed', outcome: 'mediated', amountRecovered: 8000.5, closedAt: '2026-11-22T02:00:00.000Z' }
      )
    )
    expect($$('.stage-step--current').map((s) => s.getAttribute('data-stage'))).toEqual(['closed'])
    expect(text('.case-outcome .detail-row-value')).toBe('调解达成协议')
    expect(text('.case-recovered .detail-row-value')).toBe('8,000.50 元')
    expect(text('.case-closed-at .detail-row-value')).toBe('11月22日 周日')
    expect(text('.detail-answered-hint')).toContain('律师已结案')
    // Answered: nothing more to book.
    expect($('.book-appointment-btn')).toBeNull()
  })

  test('PDF evidence is listed as a file that opens, not shown as a photo', async () => {
    openPdf.mockResolvedValue(undefined)
    const pdf = { id: 'a1', mime: 'application/pdf', size: 300_000, url: '/api/files/a1?exp=1&sig=s' }
    const photo = { id: 'a2', mime: 'image/png', size: 2048, url: '/api/files/a2?exp=1&sig=s' }
    utils = await openAsWorker({ ...legalTicket({ status: 'in_progress' }), attachments: [pdf, photo] })
    expect($$('.detail-file').map((f) => [f.querySelector('.detail-file-name')?.textContent, f.querySelector('.detail-file-size')?.textContent])).toEqual([
      ['PDF 文件', '293 KB']
    ])
    expect($$('.detail-photo')).toHaveLength(1)
    await tap(utils, '.detail-file')
    expect(openPdf).toHaveBeenCalledWith(pdf.url, false)
  })
})

describe('the assigned lawyer', () => {
  const lawyersCase = (stage: 'consultation' | 'mediation', c: Parameters<typeof legalTicket>[1] = {}) =>
    legalTicket(
      { allowedActions: ['reply', 'request_info', 'advance_stage', 'close_case', 'note'] },
      {
        stage,
        nextStages: stage === 'consultation' ? ['mediation', 'arbitration'] : ['arbitration'],
        outcomes: stage === 'consultation' ? ['advice', 'withdrawn', 'referred'] : ['mediated', 'withdrawn', 'referred'],
        ...c
      }
    )

  test('推进办案阶段 offers only the next stages and sends the chosen one with the explanation', async () => {
    utils = await openAsStaff(lawyersCase('consultation'))
    expect(shownActions()).toEqual(['reply', 'request_info', 'advance_stage', 'close_case', 'note'])
    expect(text('.action-advance_stage')).toBe('推进办案阶段')

    await tap(utils, '.action-advance_stage')
    expect(text('.action-form-advance_stage .action-context')).toBe('当前阶段：咨询')
    expect($$('.action-form-advance_stage .reason-option').map((o) => [o.getAttribute('data-value'), o.textContent])).toEqual([
      ['mediation', '调解'],
      ['arbitration', '仲裁']
    ])

    await tap(utils, '.action-submit')
    expect(errorsIn('advance_stage')).toEqual(['请选择下一办案阶段', '请填写阶段说明'])
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, '.action-form-advance_stage .reason-option[data-value="arbitration"]')
    expect(text('.reason-option--on')).toBe('仲裁')
    await typeInto(utils, '.action-form-advance_stage textarea', '企业拒绝调解，已向劳动人事争议仲裁委员会申请仲裁')
    takeTicketAction.mockResolvedValueOnce(lawyersCase('consultation', { stage: 'arbitration', nextStages: ['litigation'] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the stage change')
    expect(takeTicketAction.mock.calls[0]).toEqual([
      TICKET_ID,
      'advance_stage',
      { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), stage: 'arbitration', body: '企业拒绝调解，已向劳动人事争议仲裁委员会申请仲裁' }
    ])
    await waitUntil(utils, () => $('.action-form-advance_stage') === null, 'the form to close')
    expect($$('.stage-step--current').map((s) => s.getAttribute('data-stage'))).toEqual(['arbitration'])
  })

  test('at the last stage there is nothing to move to, and nothing is sent', async () => {
    utils = await openAsStaff(lawyersCase('mediation', { stage: 'litigation', nextStages: [], outcomes: ['judgment', 'mediated'] }))
    await tap(utils, '.action-advance_stage')
    expect($('.action-form-advance_stage .reason-option')).toBeNull()
    expect(text('.action-form-advance_stage .action-no-choice')).toContain('最后的办案阶段')
    await typeInto(utils, '.action-form-advance_stage textarea', '说明')
    await tap(utils, '.action-submit')
    expect(errorsIn('advance_stage')).toEqual(['请选择下一办案阶段'])
    expect(takeTicketAction).not.toHaveBeenCalled()
  })

  test('结案 refuses a missing outcome and a negative or 3-decimal amount, then sends yuan as a number', async () => {
    utils = await openAsStaff(lawyersCase('mediation'))
    await tap(utils, '.action-close_case')
    expect(text('.action-form-close_case .amount-hint')).toContain('只在结案时填写')
    expect($$('.action-form-close_case .reason-option').map((o) => [o.getAttribute('data-value'), o.textContent])).toEqual([
      ['mediated', '调解达成协议'],
      ['withdrawn', '职工撤回'],
      ['referred', '转介其他机构']
    ])

    await tap(utils, '.action-submit')
    expect(errorsIn('close_case')).toEqual(['请选择结案方式', '请填写追回金额（元）', '请填写结案说明'])

    await typeInto(utils, '.action-form-close_case textarea', '经调解，企业同意一次性支付拖欠工资 8000 元')
    await typeInto(utils, '.action-form-close_case .amount-field input', '-5')
    await tap(utils, '.action-submit')
    expect(errorsIn('close_case')).toEqual(['请选择结案方式', '追回金额不能为负数'])

    await tap(utils, '.action-form-close_case .reason-option[data-value="mediated"]')
    await typeInto(utils, '.action-form-close_case .amount-field input', '12.345')
    await tap(utils, '.action-submit')
    expect(errorsIn('close_case')).toEqual(['追回金额最多保留两位小数'])

    // Referred elsewhere: nothing was recovered through the station.
    await tap(utils, '.action-form-close_case .reason-option[data-value="referred"]')
    await typeInto(utils, '.action-form-close_case .amount-field input', '100')
    await tap(utils, '.action-submit')
    expect(errorsIn('close_case')).toEqual(['以“转介其他机构”结案时追回金额应为 0'])
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, '.action-form-close_case .reason-option[data-value="mediated"]')
    await typeInto(utils, '.action-form-close_case .amount-field input', '8000')
    takeTicketAction.mockResolvedValueOnce(
      legalTicket({ status: 'answered', allowedActions: ['note'] }, { stage: 'closed', outcome: 'mediated', amountRecovered: 8000, closedAt: '2026-11-23T02:00:00.000Z' })
    )
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the closing')
    expect(takeTicketAction.mock.calls[0]).toEqual([
      TICKET_ID,
      'close_case',
      { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), outcome: 'mediated', amountRecovered: 8000, body: '经调解，企业同意一次性支付拖欠工资 8000 元' }
    ])
    await waitFor(utils, '.case-outcome')
    expect(text('.case-recovered .detail-row-value')).toBe('8,000 元')
  })

  test('a 0 amount is allowed; the server’s field message lands under the amount', async () => {
    utils = await openAsStaff(lawyersCase('consultation'))
    await tap(utils, '.action-close_case')
    await tap(utils, '.action-form-close_case .reason-option[data-value="advice"]')
    await typeInto(utils, '.action-form-close_case .amount-field input', '0')
    await typeInto(utils, '.action-form-close_case textarea', '已提供书面法律意见')
    takeTicketAction.mockRejectedValueOnce(new ApiError('VALIDATION_FAILED', '填写的内容有误', 400, { amountRecovered: '以“提供法律意见”结案时追回金额应为 0' }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the closing')
    expect(takeTicketAction.mock.calls[0]![2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), outcome: 'advice', amountRecovered: 0, body: '已提供书面法律意见' })
    await waitUntil(utils, () => errorsIn('close_case').includes('以“提供法律意见”结案时追回金额应为 0'), 'the server message')
  })

  test('the lawyer’s reply form does not ask the union’s 常用回复 (they are not the union’s cadre)', async () => {
    utils = await openAsStaff(lawyersCase('consultation'))
    await tap(utils, '.action-reply')
    await waitFor(utils, '.action-form-reply textarea')
    expect($('.action-form-reply .canned-replies')).toBeNull()
    expect(fetchCannedReplies).not.toHaveBeenCalled()
  })
})

describe('the station (handling union)', () => {
  test('指派律师 lists the station’s lawyers and sends the chosen lawyerId', async () => {
    utils = await openAsStaff(
      legalTicket({ status: 'submitted', allowedActions: ['assign_lawyer', 'refuse', 'note'] }, { lawyer: null, stage: 'consultation', stationLawyers: [sun, qian] })
    )
    expect(shownActions().map((a) => text(`.action-${a}`))).toEqual(['指派律师', '不予受理', '内部备注'])
    await tap(utils, '.action-assign_lawyer')
    expect($$('.action-form-assign_lawyer .reason-option').map((o) => [o.getAttribute('data-value'), o.textContent])).toEqual([
      [LAWYER_SUN, '孙立新'],
      [LAWYER_QIAN, '钱律']
    ])
    await tap(utils, '.action-submit')
    expect(errorsIn('assign_lawyer')).toEqual(['请选择承办律师'])
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, `.action-form-assign_lawyer .reason-option[data-value="${LAWYER_QIAN}"]`)
    takeTicketAction.mockResolvedValueOnce(legalTicket({ allowedActions: ['assign_lawyer', 'note'] }, { lawyer: qian, stage: 'consultation', stationLawyers: [sun, qian] }))
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the assignment')
    expect(takeTicketAction.mock.calls[0]).toEqual([TICKET_ID, 'assign_lawyer', { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), lawyerId: LAWYER_QIAN, body: '' }])
    await waitUntil(utils, () => text('.case-lawyer .detail-row-value') === '钱律', 'the new lawyer')

    // Reassigning says who has it now.
    await tap(utils, '.action-assign_lawyer')
    expect(text('.action-form-assign_lawyer .action-context')).toBe('当前承办律师：钱律，改派后由新律师承办')
  })
})

describe('the worker’s appointments', () => {
  test('someone the server says may not cancel gets no 取消预约 button', async () => {
    utils = await openAsWorker(legalTicket({ allowedActions: ['withdraw'] }, { appointments: [appointment({ cancellable: false })] }))
    expect(text('.appointment--upcoming .appointment-when')).toBe('11月27日 周五 09:00–11:30')
    expect($('.appointment-cancel-btn')).toBeNull()
  })

  test('cancelling needs a reason, then cancels and shows the case as it is now', async () => {
    const booked = legalTicket({ allowedActions: ['withdraw'] }, { appointments: [appointment()] })
    utils = await openAsWorker(booked)
    expect($('.book-appointment-btn')).toBeNull()
    expect(text('.appointment--upcoming .appointment-when')).toBe('11月27日 周五 09:00–11:30')

    await tap(utils, '.appointment-cancel-btn')
    await waitFor(utils, '.cancel-reason textarea')
    await tap(utils, '.cancel-confirm')
    expect(text('.cancel-error')).toBe('取消原因至少 2 个字')
    await typeInto(utils, '.cancel-reason textarea', '改')
    await tap(utils, '.cancel-confirm')
    expect(text('.cancel-error')).toBe('取消原因至少 2 个字')
    expect(cancelAppointment).not.toHaveBeenCalled()

    const after = legalTicket(
      { allowedActions: ['withdraw'] },
      { appointments: [appointment({ state: 'cancelled', upcoming: false, cancelledBy: 'requester', cancelReason: '单位已同意补发' })] }
    )
    cancelAppointment.mockResolvedValueOnce(appointment({ state: 'cancelled', upcoming: false }))
    fetchTicket.mockResolvedValue(after)
    await typeInto(utils, '.cancel-reason textarea', '  单位已同意补发 ')
    await tap(utils, '.cancel-confirm')
    await waitUntil(utils, () => cancelAppointment.mock.calls.length === 1, 'the cancellation')
    expect(cancelAppointment).toHaveBeenCalledWith(APPOINTMENT_ID, '单位已同意补发')
    await waitFor(utils, '.book-appointment-btn')
    expect(fetchTicket).toHaveBeenCalledTimes(2)
    expect($('.appointment--upcoming')).toBeNull()
    expect(text(`#appointment-${APPOINTMENT_ID} .appointment-cancel-reason`)).toBe('职工取消：单位已同意补发')

    await tap(utils, '.book-appointment-btn')
    await waitUntil(
      utils,
      () => window.location.hash.includes(`/packages/legal-aid/book/index?ticketId=${TICKET_ID}&stationId=${STATION_ID}`),
      'the booking page'
    )
  })

  test('a failed cancellation keeps the appointment and says why', async () => {
    utils = await openAsWorker(legalTicket({ allowedActions: ['withdraw'] }, { appointments: [appointment()] }))
    await tap(utils, '.appointment-cancel-btn')
    await typeInto(utils, '.cancel-reason textarea', '临时有事')
    cancelAppointment.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await tap(utils, '.cancel-confirm')
    await waitFor(utils, '.cancel-error')
    expect(text('.cancel-error')).toBe('网络不给力，请稍后重试')
    expect($('.appointment--upcoming')).not.toBeNull()
    expect(fetchTicket).toHaveBeenCalledTimes(1)
  })

  test('预约值班律师 only while the case is open and nothing is booked', async () => {
    utils = await openAsWorker(legalTicket({ status: 'submitted', allowedActions: ['withdraw'] }, { lawyer: null, appointments: [] }))
    expect(text('.book-appointment-btn')).toBe('预约值班律师')
    utils.unmout()
    document.body.innerHTML = ''

    utils = await openAsWorker(legalTicket({ allowedActions: ['withdraw'] }, { appointments: [appointment({ state: 'booked', upcoming: false, day: '2026-11-16' })] }))
    expect($('.book-appointment-btn')).not.toBeNull()
    expect(text(`#appointment-${APPOINTMENT_ID} .appointment-state`)).toBe('已结束')
    utils.unmout()
    document.body.innerHTML = ''

    utils = await openAsWorker(legalTicket({ status: 'closed', allowedActions: [] }, { stage: 'closed', outcome: 'withdrawn', amountRecovered: 0 }))
    expect($('.legal-case')).not.toBeNull()
    expect($('.book-appointment-btn')).toBeNull()
    expect($('.legal-appointments')).toBeNull()
  })
})
