// 法律援助, the station's pages: the 值班表 (duty roster) a union cadre keeps, the lawyer's case
// list (律师工作台), and their entries in 我的.
import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser, Page } from '../../types/api'
import type { LegalCaseListItem } from '../../types/api-legal-aid'
import LegalCasesPage from '../../src/packages/legal-aid/cases/index'
import DutyRosterPage from '../../src/packages/workbench/duty-roster/index'
import MinePage from '../../src/pages/mine/index'
import * as auth from '../../src/services/auth'
import * as legal from '../../src/services/legal-aid-cases'
import * as notifications from '../../src/services/notifications'
import { ApiError } from '../../src/services/request'
import { user, yuelong } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'
import { appointment, caseItem, dutySlot, LAWYER_QIAN, qian, SLOT_ID, station, STATION2_ID, STATION_ID, sun } from './legal-aid-case-fixtures'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/notifications')
jest.mock('../../src/services/legal-aid-cases')

const fetchMe = jest.mocked(auth.fetchMe)
const m = jest.mocked(legal)

const cadre: CurrentUser = user({ id: 'u3', displayName: '王丽', cadreOf: [yuelong] })
const lawyer: CurrentUser = user({ id: 'u9', displayName: '孙立新', isLawyer: true })
const worker: CurrentUser = user()

function logInAs(u: CurrentUser) {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', u)
  fetchMe.mockResolvedValue(u)
}

let utils: TestUtils | undefined
let showModal: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  jest.resetAllMocks()
  document.body.innerHTML = ''
  window.location.hash = ''
  jest.mocked(notifications.fetchUnreadCount).mockResolvedValue({ unread: 0 })
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
})

afterEach(() => {
  showModal.mockRestore()
  utils?.unmout()
  utils = undefined
})

const SLOT_WED = '2b3c4d5e-6f70-4182-9a3b-4c5d6e7f0002'
const SLOT_MON_PM = '2b3c4d5e-6f70-4182-9a3b-4c5d6e7f0003'

async function openRoster(): Promise<TestUtils> {
  logInAs(cadre)
  m.fetchMyStations.mockResolvedValue([station(), station({ id: STATION2_ID, name: '桃源街道法律援助工作站' })])
  m.fetchDutySlots.mockImplementation(async (id) =>
    id === STATION_ID
      ? [
          dutySlot({ id: SLOT_WED, weekday: 3, startTime: '14:00', endTime: '17:00', mode: 'phone', place: '0574-65512345', lawyer: qian }),
          dutySlot({ id: SLOT_MON_PM, weekday: 1, startTime: '14:00', endTime: '16:00' }),
          dutySlot()
        ]
      : []
  )
  m.fetchStationLawyers.mockResolvedValue([sun, qian])
  const u = await mountPage(DutyRosterPage)
  await waitFor(u, '.slot')
  return u
}

describe('值班表 (duty roster)', () => {
  test('lists the week by weekday, Monday first and in time order; another station has its own', async () => {
    utils = await openRoster()
    expect(m.fetchDutySlots).toHaveBeenCalledWith(STATION_ID)
    expect($$('.slot-day-title').map((e) => e.textContent)).toEqual(['周一', '周三'])
    expect($$('#weekday-group-1 .slot').map((e) => e.id)).toEqual([`slot-${SLOT_ID}`, `slot-${SLOT_MON_PM}`])
    expect(text(`#slot-${SLOT_WED} .slot-time`)).toBe('14:00–17:00电话咨询')
    expect(text(`#slot-${SLOT_WED} .slot-lawyer`)).toBe('钱律 律师')
    expect(text(`#slot-${SLOT_WED} .slot-place`)).toBe('0574-65512345')

    await tap(utils, `#union-${STATION2_ID}`)
    await waitFor(utils, '.state-empty')
    expect(m.fetchDutySlots).toHaveBeenLastCalledWith(STATION2_ID)
    expect(text('.state-empty')).toContain('还没有值班时段')
    expect($('.slot')).toBeNull()
  })

  test('adding a slot validates with Chinese messages, then sends it and shows it under its day', async () => {
    utils = await openRoster()
    await tap(utils, '.add-slot-btn')
    await waitFor(utils, `#lawyer-${LAWYER_QIAN}`)
    expect(m.fetchStationLawyers).toHaveBeenCalledWith(STATION_ID)

    await tap(utils, '.save-btn')
    expect(text('.field-weekday .field-error')).toBe('请选择星期')
    expect(text('.field-start .field-error')).toBe('请填写开始时间（如 09:00）')
    expect(text('.field-end .field-error')).toBe('请填写结束时间（如 11:30）')
    expect(text('.field-lawyer .field-error')).toBe('请选择值班律师')
    expect(text('.field-mode .field-error')).toBe('请选择面谈或电话')
    expect(text('.field-place .field-error')).toBe('地点或电话至少 2 个字')
    expect(m.addDutySlot).not.toHaveBeenCalled()

    await tap(utils, '#weekday-2')
    await typeInto(utils, '.field-start input', '14:00')
    await typeInto(utils, '.field-end input', '9:30')
    await tap(utils, `#lawyer-${LAWYER_QIAN}`)
    await tap(utils, '#mode-phone')
    await typeInto(utils, '.field-place input', '0574-65512345')
    await tap(utils, '.save-btn')
    expect($$('.slot-form .field-error').map((e) => e.textContent)).toEqual(['请填写结束时间（如 11:30）'])

    await typeInto(utils, '.field-end input', '12:00')
    await tap(utils, '.save-btn')
    expect($$('.slot-form .field-error').map((e) => e.textContent)).toEqual(['结束时间须晚于开始时间'])
    expect(m.addDutySlot).not.toHaveBeenCalled()

    const NEW = '2b3c4d5e-6f70-4182-9a3b-4c5d6e7f0009'
    m.addDutySlot.mockResolvedValueOnce(dutySlot({ id: NEW, weekday: 2, startTime: '14:00', endTime: '16:30', mode: 'phone', place: '0574-65512345', lawyer: qian }))
    await typeInto(utils, '.field-end input', '16:30')
    await tap(utils, '.save-btn')
    await waitUntil(utils, () => m.addDutySlot.mock.calls.length === 1, 'the new slot')
    expect(m.addDutySlot).toHaveBeenCalledWith(STATION_ID, {
      weekday: 2,
      startTime: '14:00',
      endTime: '16:30',
      lawyerId: LAWYER_QIAN,
      mode: 'phone',
      place: '0574-65512345'
    })
    await waitFor(utils, `#slot-${NEW}`)
    expect($$('.slot-day-title').map((e) => e.textContent)).toEqual(['周一', '周二', '周三'])
    expect($('.slot-form')).toBeNull()
  })

  test('removing asks first; a 409 (upcoming appointments) keeps the slot and says why', async () => {
    utils = await openRoster()
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, `#slot-${SLOT_ID} .slot-remove`)
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(String(showModal.mock.calls[0]![0].content)).toContain('周一 09:00–11:30')
    expect(m.removeDutySlot).not.toHaveBeenCalled()

    m.removeDutySlot.mockRejectedValueOnce(new ApiError('CONFLICT', '该时段还有 2 个未到的预约，请先联系职工取消后再删除', 409))
    await tap(utils, `#slot-${SLOT_ID} .slot-remove`)
    await waitFor(utils, `#slot-${SLOT_ID} .slot-error`)
    expect(m.removeDutySlot).toHaveBeenCalledWith(SLOT_ID)
    expect(text(`#slot-${SLOT_ID} .slot-error`)).toBe('该时段还有 2 个未到的预约，请先联系职工取消后再删除')
    expect($(`#slot-${SLOT_ID}`)).not.toBeNull()

    m.removeDutySlot.mockResolvedValueOnce(undefined)
    await tap(utils, `#slot-${SLOT_MON_PM} .slot-remove`)
    await waitUntil(utils, () => $(`#slot-${SLOT_MON_PM}`) === null, 'the slot to go')
    expect($(`#slot-${SLOT_ID}`)).not.toBeNull()
  })

  test('a cadre whose unions run no station is told so; a worker is turned away', async () => {
    logInAs(cadre)
    m.fetchMyStations.mockResolvedValue([])
    utils = await mountPage(DutyRosterPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toBe('您所在的工会还没有法律援助站')
    utils.unmout()
    document.body.innerHTML = ''

    logInAs(worker)
    utils = await mountPage(DutyRosterPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toBe('仅限工会干部使用')
    expect(m.fetchMyStations).toHaveBeenCalledTimes(1)
  })
})

describe('律师工作台 (case list)', () => {
  const page = (items: LegalCaseListItem[], nextCursor: string | null = null): Page<LegalCaseListItem> => ({ items, nextCursor })

  test('tabs change the query; each case shows its number, type, stage, status, deadline and next appointment', async () => {
    logInAs(lawyer)
    m.fetchMyCases.mockImplementation(async ({ scope, open }) => {
      if (scope === 'mine' && open)
        return page([caseItem(1, { dueLight: 'yellow', nextAppointment: appointment({ day: '2026-11-27' }) }), caseItem(2, { stage: 'arbitration' })])
      if (scope === 'station' && open) return page([caseItem(3, { lawyerName: null, stage: 'consultation', status: 'submitted' })])
      return page([])
    })
    utils = await mountPage(LegalCasesPage)
    await waitFor(utils, '.case-item')
    expect(m.fetchMyCases).toHaveBeenLastCalledWith({ scope: 'mine', open: true, cursor: null })
    expect($('.scope-mine')?.classList.contains('scope-tab--on')).toBe(true)
    expect($('.open-true')?.classList.contains('open-tab--on')).toBe(true)

    expect($$('.case-number').map((e) => e.textContent)).toEqual(['FY20261120-0001', 'FY20261120-0002'])
    expect(text('#case-t1 .case-type')).toBe('欠薪')
    expect(text('#case-t1 .case-stage')).toBe('调解')
    expect(text('#case-t2 .case-stage')).toBe('仲裁')
    expect(text('#case-t1 .status-tag')).toBe('办理中')
    expect(text('#case-t1 .due-light-label')).toBe('临期')
    expect(text('#case-t1 .case-next')).toBe('下次预约：11月27日 周五 09:00–11:30 · 到站面谈')
    expect(text('#case-t2 .case-next')).toBe('暂无预约')
    // My own cases need not say whose they are.
    expect($('#case-t1 .case-lawyer')).toBeNull()

    await tap(utils, '.scope-station')
    await waitFor(utils, '#case-t3')
    expect(m.fetchMyCases).toHaveBeenLastCalledWith({ scope: 'station', open: true, cursor: null })
    expect(text('#case-t3 .case-lawyer')).toBe('承办律师：待指派')
    expect(text('#case-t3 .status-tag')).toBe('待签收')

    await tap(utils, '.open-false')
    await waitFor(utils, '.state-empty')
    expect(m.fetchMyCases).toHaveBeenLastCalledWith({ scope: 'station', open: false, cursor: null })
    expect(text('.state-empty')).toBe('本站还没有已结案的案件')

    await tap(utils, '.scope-mine')
    await waitUntil(utils, () => m.fetchMyCases.mock.calls.length === 4, 'the fourth query')
    expect(m.fetchMyCases).toHaveBeenLastCalledWith({ scope: 'mine', open: false, cursor: null })
  })

  test('loads more with the cursor, opens a case in the staff detail, and retries after an error', async () => {
    logInAs(lawyer)
    m.fetchMyCases.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(LegalCasesPage)
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    m.fetchMyCases.mockResolvedValueOnce(page([caseItem(1)], 'cursor-2')).mockResolvedValueOnce(page([caseItem(2)]))
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.load-more-btn')
    await tap(utils, '.load-more-btn')
    await waitFor(utils, '#case-t2')
    expect(m.fetchMyCases).toHaveBeenLastCalledWith({ scope: 'mine', open: true, cursor: 'cursor-2' })
    expect(text('.list-end')).toBe('没有更多了')

    await tap(utils, '#case-t2')
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/detail/index?id=t2'), 'the case detail')
  })

  test('only lawyers get the list', async () => {
    logInAs(cadre)
    utils = await mountPage(LegalCasesPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toBe('律师工作台仅限法律援助站律师使用')
    expect(m.fetchMyCases).not.toHaveBeenCalled()
  })
})

describe('我的: entries', () => {
  test('a lawyer gets 律师工作台, a cadre 值班表, a worker neither', async () => {
    logInAs(lawyer)
    utils = await mountPage(MinePage)
    await waitFor(utils, '.menu-legal-cases')
    expect(text('.menu-legal-cases')).toContain('律师工作台')
    expect($('.menu-duty-roster')).toBeNull()
    await tap(utils, '.menu-legal-cases')
    await waitUntil(utils, () => window.location.hash.includes('/packages/legal-aid/cases/index'), 'the case list')
    utils.unmout()
    document.body.innerHTML = ''
    window.location.hash = ''

    logInAs(cadre)
    utils = await mountPage(MinePage)
    await waitFor(utils, '.menu-duty-roster')
    expect(text('.menu-duty-roster')).toContain('值班表')
    expect($('.menu-legal-cases')).toBeNull()
    await tap(utils, '.menu-duty-roster')
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/duty-roster/index'), 'the roster')
    utils.unmout()
    document.body.innerHTML = ''

    logInAs(worker)
    utils = await mountPage(MinePage)
    await settle(utils)
    expect($('.menu-grievances')).not.toBeNull()
    expect($('.menu-legal-cases')).toBeNull()
    expect($('.menu-duty-roster')).toBeNull()
  })
})
