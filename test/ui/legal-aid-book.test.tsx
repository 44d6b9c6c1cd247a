import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import LegalAidBookPage from '../../src/packages/legal-aid/book/index'
import * as legalAid from '../../src/services/legal-aid'
import { ApiError } from '../../src/services/request'
import { formatDate } from '../../src/utils/date'
import { appointment, LEGAL_TICKET_ID, openSlot, SLOT_ID, SLOT_ID_2, STATION_ID } from './legal-aid-fixtures'
import { $, $$, must, mountPage, settle, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/legal-aid') // every export becomes a jest.fn

const fetchOpenSlots = jest.mocked(legalAid.fetchOpenSlots)
const bookAppointment = jest.mocked(legalAid.bookAppointment)

const TAKEN_MESSAGE = '该时段已被预约，请选择其他时段'

/** Friday 27th: a free morning and a taken afternoon; Monday 30th: a phone slot. Served out of order. */
function slots() {
  return [
    openSlot({ slotId: SLOT_ID, day: '2026-11-30', weekday: 1, startTime: '14:00', endTime: '16:00', mode: 'phone', place: '0574-65512348' }),
    openSlot({ slotId: SLOT_ID_2, day: '2026-11-27', startTime: '14:00', endTime: '16:30', taken: true, lawyerName: '钱蕾' }),
    openSlot({ slotId: SLOT_ID, day: '2026-11-27' })
  ]
}

const slotSel = (slotId: string, day: string) => `#slot-${slotId}-${day}`

let utils: TestUtils | undefined
let showModal: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  bookAppointment.mockReset()
  fetchOpenSlots.mockReset()
  fetchOpenSlots.mockResolvedValue(slots())
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

async function open(): Promise<TestUtils> {
  const u = await mountPage(LegalAidBookPage, { ticketId: LEGAL_TICKET_ID, stationId: STATION_ID })
  await waitFor(u, '.la-slot')
  return u
}

describe('预约值班律师', () => {
  test('lists the slots by day with time, mode, lawyer and place; a taken slot cannot be chosen', async () => {
    utils = await open()
    expect(fetchOpenSlots).toHaveBeenCalledWith(STATION_ID)
    const days = $$('.la-day-title').map((d) => d.textContent)
    expect(days).toEqual([formatDate('2026-11-27'), formatDate('2026-11-30')])
    expect(days[0]).toContain('11月27日 周五')
    expect(days[1]).toContain('11月30日 周一')

    // In time order within the day.
    const friday = $$('#day-2026-11-27 .la-slot')
    expect(friday.map((s) => s.querySelector('.la-slot-time')?.textContent)).toEqual(['09:00–11:30', '14:00–16:30'])
    expect(text(`${slotSel(SLOT_ID, '2026-11-27')} .la-slot-mode`)).toBe('到站面谈')
    expect(text(`${slotSel(SLOT_ID, '2026-11-27')} .la-slot-lawyer`)).toBe('值班律师 孙立新')
    expect(text(`${slotSel(SLOT_ID, '2026-11-27')} .la-slot-place`)).toBe('地点 跃龙街道职工服务中心 203 室')
    expect(text(`${slotSel(SLOT_ID, '2026-11-30')} .la-slot-mode`)).toBe('电话咨询')
    expect(text(`${slotSel(SLOT_ID, '2026-11-30')} .la-slot-place`)).toBe('咨询电话 0574-65512348')

    const taken = must(slotSel(SLOT_ID_2, '2026-11-27'))
    expect(taken.getAttribute('data-taken')).toBe('true')
    expect(taken.getAttribute('aria-disabled')).toBe('true')
    expect(text(`${slotSel(SLOT_ID_2, '2026-11-27')} .la-slot-state`)).toBe('已被预约')
    await tap(utils, slotSel(SLOT_ID_2, '2026-11-27'))
    expect(showModal).not.toHaveBeenCalled()
    expect(bookAppointment).not.toHaveBeenCalled()
  })

  test('a slot is booked after confirming, once even on a double tap, and the person goes back to the request', async () => {
    let answer: (a: ReturnType<typeof appointment>) => void = () => undefined
    bookAppointment.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    utils = await open()
    const slot = must(slotSel(SLOT_ID, '2026-11-27'))
    await utils.act(async () => {
      utils?.fireEvent.click(slot)
      utils?.fireEvent.click(slot)
    })
    await settle(utils)
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(showModal.mock.calls[0][0].content).toContain('09:00–11:30')
    expect(showModal.mock.calls[0][0].content).toContain('孙立新')
    expect(bookAppointment).toHaveBeenCalledTimes(1)
    expect(bookAppointment).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      ticketId: LEGAL_TICKET_ID,
      slotId: SLOT_ID,
      day: '2026-11-27'
    })
    expect(text(`${slotSel(SLOT_ID, '2026-11-27')} .la-slot-state`)).toBe('预约中…')

    await utils.act(async () => answer(appointment()))
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index'), 'the request page')
    expect(window.location.hash).toContain(`id=${LEGAL_TICKET_ID}`)
    expect(bookAppointment).toHaveBeenCalledTimes(1)
  })

  test('cancelling the question books nothing; a retry after a lost answer sends the same key', async () => {
    utils = await open()
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(bookAppointment).not.toHaveBeenCalled()

    bookAppointment.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    await waitFor(utils, '.la-book-notice')
    expect(text('.la-book-notice')).toBe('网络不给力，请稍后重试')
    bookAppointment.mockResolvedValueOnce(appointment())
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    expect(bookAppointment).toHaveBeenCalledTimes(2)
    expect(bookAppointment.mock.calls[1][0]).toEqual(bookAppointment.mock.calls[0][0])
  })

  test('a 409 CONFLICT says the slot is gone and reloads the list', async () => {
    utils = await open()
    // What the server answers when another worker got the slot first.
    bookAppointment.mockRejectedValueOnce(new ApiError('CONFLICT', TAKEN_MESSAGE, 409))
    fetchOpenSlots.mockResolvedValueOnce(slots().map((s) => (s.slotId === SLOT_ID && s.day === '2026-11-27' ? { ...s, taken: true } : s)))
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    await waitFor(utils, '.la-book-notice')
    expect(text('.la-book-notice')).toBe(TAKEN_MESSAGE)
    await waitUntil(utils, () => fetchOpenSlots.mock.calls.length === 2, 'the reload')
    await waitUntil(utils, () => $(slotSel(SLOT_ID, '2026-11-27'))?.getAttribute('data-taken') === 'true', 'the slot shown as taken')
    expect(text(`${slotSel(SLOT_ID, '2026-11-27')} .la-slot-state`)).toBe('已被预约')
    // The message stays while the fresh list is shown; the person picks another slot.
    expect(text('.la-book-notice')).toBe(TAKEN_MESSAGE)
    expect(window.location.hash).not.toContain('/packages/grievance/detail/index')

    bookAppointment.mockResolvedValueOnce(appointment({ day: '2026-11-30', mode: 'phone' }))
    await tap(utils, slotSel(SLOT_ID, '2026-11-30'))
    expect(bookAppointment).toHaveBeenCalledTimes(2)
    expect(bookAppointment.mock.calls[1][0].day).toBe('2026-11-30')
    expect(bookAppointment.mock.calls[1][0].clientRequestId).not.toBe(bookAppointment.mock.calls[0][0].clientRequestId)
  })

  test('a 409 without a sentence still says the slot is gone; the other 409 (one upcoming appointment per case) keeps its own sentence', async () => {
    utils = await open()
    bookAppointment.mockRejectedValueOnce(new ApiError('CONFLICT', '', 409))
    await tap(utils, slotSel(SLOT_ID, '2026-11-27'))
    await waitFor(utils, '.la-book-notice')
    expect(text('.la-book-notice')).toBe(TAKEN_MESSAGE)
    await waitUntil(utils, () => fetchOpenSlots.mock.calls.length === 2, 'the reload')

    bookAppointment.mockRejectedValueOnce(new ApiError('CONFLICT', '您已预约 11月27日 周五 09:00，如需改期请先取消原预约', 409))
    await tap(utils, slotSel(SLOT_ID, '2026-11-30'))
    await waitUntil(utils, () => text('.la-book-notice') !== TAKEN_MESSAGE, 'the second message')
    expect(text('.la-book-notice')).toBe('您已预约 11月27日 周五 09:00，如需改期请先取消原预约')
  })

  test('loading failure, retry, and an empty horizon', async () => {
    fetchOpenSlots.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(LegalAidBookPage, { ticketId: LEGAL_TICKET_ID, stationId: STATION_ID })
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')
    fetchOpenSlots.mockResolvedValueOnce([])
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toBe('未来 14 天暂无值班时段，可以直接致电援助站，或稍后再来看看')
    expect(fetchOpenSlots).toHaveBeenCalledTimes(2)
  })

  test('without a ticket or station in the link nothing is fetched', async () => {
    utils = await mountPage(LegalAidBookPage, { stationId: STATION_ID })
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toBe('缺少预约信息，请从法律援助申请的详情页进入')
    expect(fetchOpenSlots).not.toHaveBeenCalled()
  })
})
