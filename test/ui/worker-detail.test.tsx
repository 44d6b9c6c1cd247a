import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import { TICKET_STATUSES } from '../../types/enums'
import { StatusTag } from '../../src/components/status-tag'
import GrievanceDetailPage from '../../src/packages/grievance/detail/index'
import { ApiError } from '../../src/services/request'
import * as subscribe from '../../src/services/subscribe'
import * as tickets from '../../src/services/tickets'
import * as uploads from '../../src/services/uploads'
import { CLIENT_REQUEST_ID, PHOTO_ID, shownActions } from './detail-helpers'
import { county, event, ticket, TICKET_ID, yuelong } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/subscribe')
jest.mock('../../src/services/uploads')
jest.mock('../../src/services/canned-replies')

const fetchTicket = jest.mocked(tickets.fetchTicket)
const takeTicketAction = jest.mocked(tickets.takeTicketAction)
const askForProgressMessages = jest.mocked(subscribe.askForProgressMessages)
const prefetchProgressTemplates = jest.mocked(subscribe.prefetchProgressTemplates)
const uploadPhoto = jest.mocked(uploads.uploadPhoto)

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchTicket.mockReset()
  takeTicketAction.mockReset()
  askForProgressMessages.mockResolvedValue(undefined)
  prefetchProgressTemplates.mockResolvedValue(undefined)
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

const answered = ticket({
  status: 'answered',
  currentUnion: yuelong,
  dueKind: null,
  dueAt: null,
  dueLight: null,
  promisedAnswerDate: '2026-12-04',
  workingDaysLeft: null,
  allowedActions: ['confirm', 'reject', 'auto_confirm'],
  events: [
    event(),
    event({ id: 'e2', action: 'dispatch', actorName: '陈国平', actorRole: 'handler', actorUnion: county, toUnion: yuelong, createdAt: '2026-11-20T08:00:00.000Z' }),
    event({ id: 'e3', action: 'acknowledge', actorName: '王丽', actorRole: 'handler', actorUnion: yuelong, toStatus: 'in_progress', createdAt: '2026-11-21T01:00:00.000Z' }),
    event({ id: 'e4', action: 'answer', actorName: '王丽', actorRole: 'handler', actorUnion: yuelong, body: '已协调企业于 11 月 30 日前补发工资。', toStatus: 'answered', createdAt: '2026-11-21T02:00:00.000Z' })
  ]
})

async function open(t = answered): Promise<TestUtils> {
  fetchTicket.mockResolvedValue(t)
  const u = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
  await waitFor(u, '.ticket-detail')
  return u
}

describe('ticket detail (worker)', () => {
  test('every status has its Chinese tag', async () => {
    utils = await mountPage(() => (
      <>
        {TICKET_STATUSES.map((s) => (
          <StatusTag key={s} status={s} />
        ))}
      </>
    ))
    expect($$('.status-tag').map((t) => t.textContent)).toEqual(['待签收', '办理中', '待补充材料', '已答复', '已办结', '不予受理', '已撤回'])
    expect($$('.status-tag.tag--red').map((t) => t.textContent)).toEqual(['待签收', '办理中', '待补充材料', '已答复'])
  })

  test('the promise: answer date and working days left, today, overdue, and paused', async () => {
    const cases: Array<[number, string]> = [
      [3, '还剩 3 个工作日'],
      [1, '今天到期'],
      [0, '已超期'],
      [-2, '已超期']
    ]
    for (const [left, words] of cases) {
      utils = await open(ticket({ status: 'in_progress', promisedAnswerDate: '2026-12-04', workingDaysLeft: left }))
      expect(text('.promise-date')).toMatch(/^预计 (2026年)?12月4日 周五 前答复$/)
      expect(text('.promise-countdown')).toBe(words)
      utils.unmout()
      document.body.innerHTML = ''
    }

    utils = await open(ticket({ status: 'awaiting_info', paused: true, promisedAnswerDate: null, workingDaysLeft: null, allowedActions: ['supplement'] }))
    expect(text('.promise-paused')).toBe('等待您补充材料，答复期限暂停计时')
    expect($('.promise-date')).toBeNull()
    expect(text('.detail-header .status-tag')).toBe('待补充材料')
  })

  test('shows exactly the offered actions and a timeline with unions, reasons and photos', async () => {
    const photo = { id: PHOTO_ID, mime: 'image/png', size: 10, url: '/api/files/x?sig=1' }
    utils = await open(
      ticket({
        ...answered,
        events: [
          ...answered.events,
          event({ id: 'e5', action: 'return', actorName: '王丽', actorRole: 'handler', actorUnion: yuelong, toUnion: county, reason: '不在本单位管辖区域', body: '应由桃源街道办理', createdAt: '2026-11-20T09:00:00.000Z' }),
          event({ id: 'e6', action: 'supplement', body: '工资条照片', attachments: [photo], createdAt: '2026-11-20T10:00:00.000Z' })
        ]
      })
    )
    // auto_confirm belongs to the system and never becomes a button.
    expect(shownActions()).toEqual(['confirm', 'reject'])
    expect(text('.action-confirm')).toBe('确认解决')
    expect(text('.action-reject')).toBe('未解决')
    expect(text('.detail-header .status-tag')).toBe('已答复')
    expect(text('.detail-answered-hint')).toContain('7 天内未确认')
    expect($('.detail-requester')).toBeNull()
    expect($('.due-light')).toBeNull()

    const items = $$('.timeline-item')
    expect(items).toHaveLength(6)
    expect(items[0].querySelector('.timeline-action')?.textContent).toBe('答复')
    expect(items[0].querySelector('.timeline-actor')?.textContent).toBe('王丽 · 跃龙街道总工会')
    expect(items[0].textContent).toContain('已协调企业于 11 月 30 日前补发工资。')
    const returned = must(items, '.timeline-return')
    expect(returned.querySelector('.timeline-action')?.textContent).toBe('退单')
    expect(returned.querySelector('.timeline-to')?.textContent).toBe('退回 宁海县总工会')
    expect(returned.querySelector('.timeline-reason')?.textContent).toBe('原因：不在本单位管辖区域')
    expect(must(items, '.timeline-dispatch').querySelector('.timeline-to')?.textContent).toBe('派至 跃龙街道总工会')
    expect(must(items, '.timeline-supplement').querySelectorAll('.timeline-photo')).toHaveLength(1)
    expect(items[items.length - 1].querySelector('.timeline-action')?.textContent).toBe('提交诉求')
  })

  test('confirm needs all three ratings; the request carries them and the comment', async () => {
    utils = await open()
    await tap(utils, '.action-confirm')
    await waitFor(utils, '.action-form-confirm')
    expect($$('.action-form-confirm .rating-row').map((r) => r.querySelector('.rating-row-label')?.textContent)).toEqual(['办理速度*', '服务态度*', '办理结果*'])

    await tap(utils, '.rating-row-speed .rating-star[data-value="5"]')
    await tap(utils, '.action-submit')
    expect(text('.rating-row-attitude .field-error')).toBe('请为服务态度打分')
    expect(text('.rating-row-result .field-error')).toBe('请为办理结果打分')
    expect($('.rating-row-speed .field-error')).toBeNull()
    expect(takeTicketAction).not.toHaveBeenCalled()

    await tap(utils, '.rating-row-attitude .rating-star[data-value="4"]')
    await tap(utils, '.rating-row-result .rating-star[data-value="3"]')
    expect($$('.rating-row-attitude .rating-star--on')).toHaveLength(4)
    await typeInto(utils, '.action-form-confirm textarea', '谢谢工会')
    const ratings = { speed: 5, attitude: 4, result: 3, comment: '谢谢工会' }
    takeTicketAction.mockResolvedValueOnce(
      ticket({ status: 'closed', ratings, allowedActions: [], events: [...answered.events, event({ id: 'e9', action: 'confirm', ratings, body: '谢谢工会', toStatus: 'closed', createdAt: '2026-11-22T01:00:00.000Z' })] })
    )
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => $$('.action-btn').length === 0, 'the buttons to go')

    expect(takeTicketAction).toHaveBeenCalledTimes(1)
    expect(takeTicketAction.mock.calls[0]).toEqual([TICKET_ID, 'confirm', { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), ...ratings }])
    // Only 补充材料 asks about progress messages; this ticket never offered it.
    expect(askForProgressMessages).not.toHaveBeenCalled()
    expect(prefetchProgressTemplates).not.toHaveBeenCalled()
    expect(text('.detail-header .status-tag')).toBe('已办结')
    expect($$('.detail-ratings .rating-row-speed .rating-star--on')).toHaveLength(5)
    expect($$('.timeline-item')[0].querySelector('.timeline-action')?.textContent).toBe('确认解决')
  })

  test('未解决 needs a reason and says the ticket goes back for 重办', async () => {
    utils = await open()
    await tap(utils, '.action-reject')
    expect(text('.action-form-reject .action-hint')).toContain('重办')
    await tap(utils, '.action-submit')
    expect(text('.action-form-reject .field-error')).toBe('请填写未解决的原因')
    expect(takeTicketAction).not.toHaveBeenCalled()

    takeTicketAction.mockResolvedValueOnce(ticket({ status: 'in_progress', reopenCount: 1, allowedActions: [] }))
    await typeInto(utils, '.action-form-reject textarea', '工资只补发了一半')
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => takeTicketAction.mock.calls.length === 1, 'the action')
    expect(takeTicketAction.mock.calls[0][1]).toBe('reject')
    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), body: '工资只补发了一半' })
    await waitFor(utils, '.detail-reopen')
    expect(text('.detail-reopen')).toBe('重办 1 次')
  })

  test('补充材料 asks about progress messages straight from the tap, then sends text and uploaded photos', async () => {
    utils = await open(
      ticket({
        status: 'awaiting_info',
        paused: true,
        allowedActions: ['supplement'],
        events: [event(), event({ id: 'e2', action: 'request_info', actorName: '王丽', actorRole: 'handler', actorUnion: yuelong, body: '请补充工资条', createdAt: '2026-11-21T01:00:00.000Z' })]
      })
    )
    // The subscribe templates are fetched as soon as the ticket offers 补充材料.
    await waitUntil(utils, () => prefetchProgressTemplates.mock.calls.length > 0, 'the template prefetch')
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['blob:slip'], tempFiles: [], errMsg: 'chooseImage:ok' })
    let finishUpload: () => void = () => undefined
    uploadPhoto.mockImplementationOnce(
      () => new Promise((resolve) => (finishUpload = () => resolve({ id: PHOTO_ID, mime: 'image/png', size: 10, url: '/api/files/p?sig=1' })))
    )

    await tap(utils, '.action-supplement')
    // What the union asked for is right above the form.
    expect(text('.action-form-supplement .action-hint')).toBe('工会需要您补充：请补充工资条')
    // Nothing typed: the form says so and asks nothing.
    await tap(utils, '.action-submit')
    expect($('.action-form-supplement .field-error')).not.toBeNull()
    expect(askForProgressMessages).not.toHaveBeenCalled()
    await typeInto(utils, '.action-form-supplement textarea', '附上九月到十一月的工资条')
    await tap(utils, '.supplement-photo-add')
    await waitFor(utils, '.photo-item[data-status="uploading"]')
    expect(uploadPhoto).toHaveBeenCalledWith('blob:slip', expect.any(Function))

    // Not while the photo is still on its way.
    await tap(utils, '.action-submit')
    expect(text('.action-form-supplement .field-error')).toBe('还有照片正在上传，请稍候再提交')
    expect(takeTicketAction).not.toHaveBeenCalled()
    expect(askForProgressMessages).not.toHaveBeenCalled()

    await utils.act(async () => finishUpload())
    await waitFor(utils, '.photo-item[data-status="done"]')
    let finishAction: (t: ReturnType<typeof ticket>) => void = () => undefined
    takeTicketAction.mockImplementationOnce(() => new Promise((resolve) => (finishAction = resolve)))
    await tap(utils, '.action-submit')
    // WeChat only shows the question when asked straight from the tap: it was asked before the
    // request was sent, and the request is still on its way.
    expect(takeTicketAction).toHaveBeenCalledTimes(1)
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)
    expect(askForProgressMessages.mock.invocationCallOrder[0]).toBeLessThan(takeTicketAction.mock.invocationCallOrder[0])
    await utils.act(async () => finishAction(ticket({ status: 'in_progress', allowedActions: [] })))
    await waitUntil(utils, () => $$('.action-btn').length === 0, 'the buttons to go')
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)
    expect(takeTicketAction.mock.calls[0]).toEqual([
      TICKET_ID,
      'supplement',
      { clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), body: '附上九月到十一月的工资条', attachmentIds: [PHOTO_ID] }
    ])
  })

  test('a 409 shows the Chinese message and reloads the ticket', async () => {
    fetchTicket.mockResolvedValueOnce(ticket({ allowedActions: ['withdraw'] }))
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.action-withdraw')
    expect(shownActions()).toEqual(['withdraw'])

    const message = '诉求当前为“办理中”，不能撤回，请刷新后查看最新进展'
    takeTicketAction.mockRejectedValueOnce(new ApiError('TRANSITION_NOT_ALLOWED', message, 409))
    fetchTicket.mockResolvedValueOnce(ticket({ status: 'in_progress', allowedActions: [] }))
    await tap(utils, '.action-withdraw')
    // Withdrawing needs no reason.
    await tap(utils, '.action-submit')
    await waitUntil(utils, () => $('.detail-notice') !== null, 'the notice')

    expect(takeTicketAction.mock.calls[0][2]).toEqual({ clientRequestId: expect.stringMatching(CLIENT_REQUEST_ID), body: '' })
    expect(text('.detail-notice')).toBe(message)
    expect(fetchTicket).toHaveBeenCalledTimes(2)
    expect(text('.detail-header .status-tag')).toBe('办理中')
    expect(shownActions()).toEqual([])
  })

  test('shows an error with 重试 when the ticket cannot be loaded', async () => {
    fetchTicket.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(GrievanceDetailPage, { id: TICKET_ID })
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchTicket.mockResolvedValueOnce(answered)
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.ticket-detail')
    await settle(utils)
    expect(shownActions()).toEqual(['confirm', 'reject'])
  })
})

function must(items: Element[], selector: string): Element {
  const found = items.find((i) => i.matches(selector))
  if (!found) throw new Error(`no timeline item ${selector}`)
  return found
}
