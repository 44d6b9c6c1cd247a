import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CalendarStatus, CannedReply, CurrentUser, DeadlinePolicyView } from '../../types/api'
import CalendarPage from '../../src/packages/workbench/calendar/index'
import CannedRepliesPage from '../../src/packages/workbench/canned-replies/index'
import DeadlinesPage from '../../src/packages/workbench/deadlines/index'
import * as auth from '../../src/services/auth'
import { ApiError } from '../../src/services/request'
import * as admin from '../../src/services/workbench-admin'
import { $, $$, mountPage, must, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/workbench-admin')

const fetchMe = jest.mocked(auth.fetchMe)
const m = jest.mocked(admin)

const G1 = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0001'
const G2 = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0002'
const cadre: CurrentUser = {
  id: 'u5',
  displayName: '赵敏',
  cadreOf: [
    { id: G1, name: '宁波市总工会' },
    { id: G2, name: '宁海县总工会' }
  ],
  isLawyer: false,
  employerUnion: null,
  isCalendarAdmin: true
}

function logInAs(user: CurrentUser) {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', user)
  fetchMe.mockResolvedValue(user)
}

let utils: TestUtils | undefined
let showModal: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  jest.resetAllMocks()
  document.body.innerHTML = ''
  window.location.hash = ''
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
})

afterEach(() => {
  showModal.mockRestore()
  utils?.unmout()
  utils = undefined
})

describe('节假日安排', () => {
  const status: CalendarStatus = {
    missingYears: [2027],
    overrides: [{ date: '2026-12-31', kind: 'holiday', note: '国办发明电〔2025〕7号', enteredBy: '赵敏', enteredAt: '2026-11-02T02:00:00.000Z' }],
    confirmedYears: [],
    canEdit: true
  }
  /** The server's answer once 2027 is confirmed: no longer missing, listed as confirmed. */
  const confirmed2027: CalendarStatus = {
    ...status,
    missingYears: [],
    confirmedYears: [{ year: 2027, confirmedBy: '赵敏', confirmedAt: '2026-11-22T02:00:00.000Z' }]
  }

  /** What the H5 date picker emits when a day is chosen. */
  async function pickDate(value: string) {
    const picker = await waitFor(utils as TestUtils, '.field-date taro-picker-core')
    await (utils as TestUtils).act(async () => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
    })
    await settle(utils as TestUtils)
  }

  test('shows the missing year and the entered days', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockResolvedValue(status)
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.override-item')
    expect(text('.calendar-missing')).toContain('2027年法定节假日安排尚未录入')
    const item = text('#override-2026-12-31')
    expect(item).toContain('12月31日 周四')
    expect(item).toContain('放假')
    expect(item).toContain('依据：国办发明电〔2025〕7号')
    expect(item).toContain('赵敏 录入于')
  })

  test('refuses a missing date, kind and note with the Chinese messages, then sends the right payload', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockResolvedValue(status)
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.override-form')

    await tap(utils, '.add-override-btn')
    expect(text('.field-date .field-error')).toBe('请选择日期')
    expect(text('.field-kind .field-error')).toBe('请选择放假或调休上班')
    expect(text('.field-note .field-error')).toBe('请填写依据（如国务院办公厅通知文号）')
    expect(m.addCalendarOverride).not.toHaveBeenCalled()

    await pickDate('2027-02-30')
    await tap(utils, '#kind-workday')
    await typeInto(utils, '.note-input input', '  国办发明电〔2026〕9号 ')
    await tap(utils, '.add-override-btn')
    expect(text('.field-date .field-error')).toBe('没有这一天，请检查日期')
    expect($('.field-note .field-error')).toBeNull()
    expect(m.addCalendarOverride).not.toHaveBeenCalled()

    const next: CalendarStatus = {
      ...status,
      overrides: [...status.overrides, { date: '2027-02-20', kind: 'workday', note: '国办发明电〔2026〕9号', enteredBy: '赵敏', enteredAt: '2026-11-28T02:00:00.000Z' }]
    }
    m.addCalendarOverride.mockResolvedValueOnce(next)
    await pickDate('2027-02-20')
    await tap(utils, '.add-override-btn')
    expect(m.addCalendarOverride).toHaveBeenCalledWith({ date: '2027-02-20', kind: 'workday', note: '国办发明电〔2026〕9号' })
    await waitFor(utils, '#override-2027-02-20')
    expect(text('#override-2027-02-20')).toContain('调休上班')
    expect(text('.field-date .date-picker-value')).toBe('请选择日期')
  })

  test('deletes a day after confirming', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockResolvedValue(status)
    m.removeCalendarOverride.mockResolvedValueOnce({ ...status, overrides: [] })
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.override-item')
    await tap(utils, '#override-2026-12-31 .delete-btn')
    await waitFor(utils, '.override-list .state-empty')
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(m.removeCalendarOverride).toHaveBeenCalledWith('2026-12-31')
  })

  test('is read-only for cadres who may not edit it', async () => {
    logInAs({ ...cadre, isCalendarAdmin: false })
    m.fetchCalendarStatus.mockResolvedValue({ ...status, canEdit: false })
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.override-item')
    expect($('.override-form')).toBeNull()
    expect($('.delete-btn')).toBeNull()
    expect(text('.calendar-readonly')).toContain('仅市级以上工会管理员可以录入')
  })

  test('an admin confirms a missing year after the dialog, and the page lists it as confirmed', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockResolvedValue(status)
    m.confirmCalendarYear.mockResolvedValueOnce(confirmed2027)
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.confirm-year-btn')
    expect($('.confirmed-years')).toBeNull()
    expect(text('#missing-year-2027 .missing-year-text')).toContain('请按国务院办公厅通知录入 2027 年全部放假和调休上班日期')
    const button = must('.confirm-year-btn')
    expect(button.getAttribute('data-year')).toBe('2027')
    expect(button.textContent?.trim()).toBe('确认 2027 年已全部录入')

    // Cancelling the dialog sends nothing.
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, '.confirm-year-btn[data-year="2027"]')
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(m.confirmCalendarYear).not.toHaveBeenCalled()

    await tap(utils, '.confirm-year-btn[data-year="2027"]')
    expect(showModal).toHaveBeenCalledTimes(2)
    expect(m.confirmCalendarYear).toHaveBeenCalledTimes(1)
    expect(m.confirmCalendarYear).toHaveBeenCalledWith(2027)
    await waitFor(utils, '#confirmed-year-2027')
    expect(text('#confirmed-year-2027 .confirmed-year-text')).toBe('2027 年 已由 赵敏 确认全部录入 · 11月22日 周日')
    expect($('.confirm-year-btn')).toBeNull()
    expect($('.calendar-missing')).toBeNull()
    expect($('#confirmed-year-2027 .unconfirm-year-btn')).not.toBeNull()
  })

  test('shows the server’s message when confirming fails, and keeps the button', async () => {
    logInAs(cadre)
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    try {
      m.fetchCalendarStatus.mockResolvedValue(status)
      m.confirmCalendarYear.mockRejectedValueOnce(new ApiError('FORBIDDEN', '仅省、市总工会管理员可以确认', 403))
      utils = await mountPage(CalendarPage)
      await tap(utils, '.confirm-year-btn[data-year="2027"]')
      await waitUntil(utils, () => showToast.mock.calls.length > 0, 'the toast')
      expect(showToast).toHaveBeenCalledWith({ title: '仅省、市总工会管理员可以确认', icon: 'none' })
      expect($('.confirmed-years')).toBeNull()
      expect(text('.confirm-year-btn')).toBe('确认 2027 年已全部录入')
    } finally {
      showToast.mockRestore()
    }
  })

  test('an admin withdraws a confirmation after the dialog', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockResolvedValue(confirmed2027)
    m.unconfirmCalendarYear.mockResolvedValueOnce(status)
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '#confirmed-year-2027')
    expect($('.confirm-year-btn')).toBeNull()

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, '#confirmed-year-2027 .unconfirm-year-btn')
    expect(m.unconfirmCalendarYear).not.toHaveBeenCalled()

    await tap(utils, '#confirmed-year-2027 .unconfirm-year-btn')
    expect(m.unconfirmCalendarYear).toHaveBeenCalledWith(2027)
    await waitFor(utils, '.confirm-year-btn[data-year="2027"]')
    expect($('#confirmed-year-2027')).toBeNull()
    expect(m.confirmCalendarYear).not.toHaveBeenCalled()
  })

  test('cadres who may not edit see confirmed years but no confirm or withdraw buttons', async () => {
    logInAs({ ...cadre, isCalendarAdmin: false })
    m.fetchCalendarStatus.mockResolvedValue({
      ...status,
      missingYears: [2028],
      confirmedYears: confirmed2027.confirmedYears,
      canEdit: false
    })
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '#confirmed-year-2027')
    expect(text('#confirmed-year-2027')).toBe('2027 年 已由 赵敏 确认全部录入 · 11月22日 周日')
    expect(text('.calendar-missing')).toContain('2028年法定节假日安排尚未录入')
    expect(text('.calendar-missing')).toContain('请联系市级以上工会管理员录入')
    expect($('.confirm-year-btn')).toBeNull()
    expect($('.missing-year')).toBeNull()
    expect($('.unconfirm-year-btn')).toBeNull()
  })

  test('a failed load offers 重试', async () => {
    logInAs(cadre)
    m.fetchCalendarStatus.mockRejectedValueOnce(new ApiError('FORBIDDEN', '仅限工会干部使用')).mockResolvedValueOnce(status)
    utils = await mountPage(CalendarPage)
    await waitFor(utils, '.state-error')
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.override-item')
  })
})

describe('常用回复', () => {
  const reply = (n: number, unionId = G1): CannedReply => ({
    id: `r${n}`,
    unionId,
    title: `回复 ${n}`,
    body: `已转劳动监察大队处理 ${n}`,
    updatedAt: '2026-11-20T02:00:00.000Z'
  })

  test('lists the replies of the chosen union', async () => {
    logInAs(cadre)
    m.fetchCannedRepliesForManage.mockResolvedValueOnce([reply(1), reply(2)]).mockResolvedValueOnce([])
    utils = await mountPage(CannedRepliesPage)
    await waitFor(utils, '.canned-item')
    expect(m.fetchCannedRepliesForManage).toHaveBeenLastCalledWith(G1)
    expect($$('.canned-item .canned-title').map((e) => e.textContent)).toEqual(['回复 1', '回复 2'])

    await tap(utils, `#union-${G2}`)
    await waitFor(utils, '.state-empty')
    expect(m.fetchCannedRepliesForManage).toHaveBeenLastCalledWith(G2)
    expect(text('.union-option--on')).toBe('宁海县总工会')
  })

  test('creates one, with validation first', async () => {
    logInAs(cadre)
    m.fetchCannedRepliesForManage.mockResolvedValueOnce([reply(1)])
    utils = await mountPage(CannedRepliesPage)
    await waitFor(utils, '.canned-item')

    await tap(utils, '.add-btn')
    await tap(utils, '.canned-form .save-btn')
    expect(text('.field-title .field-error')).toBe('请填写标题')
    expect(text('.field-body .field-error')).toBe('请填写回复内容')
    expect(m.createCannedReply).not.toHaveBeenCalled()

    m.createCannedReply.mockResolvedValueOnce({ ...reply(9), title: '已受理', body: '您的诉求已受理，我们将尽快核实。' })
    await typeInto(utils, '.title-input input', '已受理')
    await typeInto(utils, '.body-input textarea', '您的诉求已受理，我们将尽快核实。')
    await tap(utils, '.canned-form .save-btn')
    expect(m.createCannedReply).toHaveBeenCalledWith({ unionId: G1, title: '已受理', body: '您的诉求已受理，我们将尽快核实。' })
    await waitUntil(utils, () => $('.canned-form') === null, 'the form to close')
    expect($$('.canned-item .canned-title').map((e) => e.textContent)).toEqual(['已受理', '回复 1'])
  })

  test('edits one', async () => {
    logInAs(cadre)
    m.fetchCannedRepliesForManage.mockResolvedValueOnce([reply(1), reply(2)])
    utils = await mountPage(CannedRepliesPage)
    await waitFor(utils, '.canned-item')

    await tap(utils, '#canned-r2 .edit-btn')
    const title = await waitFor(utils, '.canned-form .title-input input')
    await waitUntil(utils, () => (title as HTMLInputElement).value === '回复 2', 'the title to be filled in')
    m.updateCannedReply.mockResolvedValueOnce({ ...reply(2), title: '改过的标题' })
    await typeInto(utils, '.title-input input', '改过的标题')
    await tap(utils, '.canned-form .save-btn')
    expect(m.updateCannedReply).toHaveBeenCalledWith('r2', { unionId: G1, title: '改过的标题', body: '已转劳动监察大队处理 2' })
    await waitUntil(utils, () => text('#canned-r2 .canned-title') === '改过的标题', 'the edited title')
    expect(m.createCannedReply).not.toHaveBeenCalled()
  })

  test('shows the server’s message when a save fails', async () => {
    logInAs(cadre)
    m.fetchCannedRepliesForManage.mockResolvedValueOnce([])
    utils = await mountPage(CannedRepliesPage)
    await waitFor(utils, '.state-empty')
    await tap(utils, '.add-btn')
    await typeInto(utils, '.title-input input', '已受理')
    await typeInto(utils, '.body-input textarea', '内容')
    m.createCannedReply.mockRejectedValueOnce(new ApiError('VALIDATION_FAILED', '请检查填写的内容', 400, { title: '已有同名的常用回复' }))
    await tap(utils, '.canned-form .save-btn')
    await waitFor(utils, '.field-title .field-error')
    expect(text('.field-title .field-error')).toBe('已有同名的常用回复')
  })

  test('deletes one after confirming, and keeps it when cancelled', async () => {
    logInAs(cadre)
    m.fetchCannedRepliesForManage.mockResolvedValueOnce([reply(1), reply(2)])
    m.deleteCannedReply.mockResolvedValue(undefined)
    utils = await mountPage(CannedRepliesPage)
    await waitFor(utils, '.canned-item')

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, '#canned-r1 .delete-btn')
    expect(m.deleteCannedReply).not.toHaveBeenCalled()
    expect($$('.canned-item')).toHaveLength(2)

    await tap(utils, '#canned-r1 .delete-btn')
    await waitUntil(utils, () => $$('.canned-item').length === 1, 'the reply to go')
    expect(m.deleteCannedReply).toHaveBeenCalledWith('r1')
    expect($('#canned-r1')).toBeNull()
  })
})

describe('答复时限', () => {
  const policies: DeadlinePolicyView[] = [
    { kind: 'grievance', urgent: false, ackDays: 1, answerDays: 15, source: 'default', sourceUnionName: null },
    { kind: 'grievance', urgent: true, ackDays: 1, answerDays: 5, source: 'inherited', sourceUnionName: '浙江省总工会' },
    { kind: 'legal_aid', urgent: false, ackDays: 2, answerDays: 10, source: 'own', sourceUnionName: '宁波市总工会' }
  ]

  test('lists kind × 普通/紧急 with where the figures come from', async () => {
    logInAs(cadre)
    m.fetchDeadlinePolicies.mockResolvedValueOnce(policies)
    utils = await mountPage(DeadlinesPage)
    await waitFor(utils, '.policy-row')
    expect(m.fetchDeadlinePolicies).toHaveBeenCalledWith(G1)
    expect($$('.policy-group .card-title').map((e) => e.textContent)).toEqual(['职工说事', '法律援助'])
    expect(text('#policy-grievance-normal .policy-source')).toBe('默认')
    expect(text('#policy-grievance-urgent .policy-source')).toBe('继承自浙江省总工会')
    expect(text('#policy-legal_aid-normal .policy-source')).toBe('本单位')
    expect(text('#policy-grievance-urgent .policy-answer')).toBe('答复 5 个工作日')
  })

  test('validates and saves a row', async () => {
    logInAs(cadre)
    m.fetchDeadlinePolicies.mockResolvedValueOnce(policies)
    utils = await mountPage(DeadlinesPage)
    await waitFor(utils, '.policy-row')

    await tap(utils, '#policy-grievance-urgent .edit-btn')
    await typeInto(utils, '#policy-grievance-urgent .answer-input input', '45')
    await tap(utils, '#policy-grievance-urgent .save-btn')
    expect(text('#policy-grievance-urgent .field-answerDays .field-error')).toBe('答复时限最多 30 个工作日')
    expect(m.saveDeadlinePolicy).not.toHaveBeenCalled()

    const saved = policies.map((p) => (p.kind === 'grievance' && p.urgent ? { ...p, answerDays: 3, source: 'own' as const, sourceUnionName: '宁波市总工会' } : p))
    m.saveDeadlinePolicy.mockResolvedValueOnce(saved)
    await typeInto(utils, '#policy-grievance-urgent .answer-input input', '3')
    await tap(utils, '#policy-grievance-urgent .save-btn')
    expect(m.saveDeadlinePolicy).toHaveBeenCalledWith(G1, { kind: 'grievance', urgent: true, ackDays: 1, answerDays: 3 })
    await waitUntil(utils, () => $('.policy-editor') === null, 'the editor to close')
    expect(text('#policy-grievance-urgent .policy-answer')).toBe('答复 3 个工作日')
    expect(text('#policy-grievance-urgent .policy-source')).toBe('本单位')
  })

  test('is closed to people who are not cadres', async () => {
    logInAs({ ...cadre, cadreOf: [], isCalendarAdmin: false })
    utils = await mountPage(DeadlinesPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('仅限工会干部使用')
    expect(m.fetchDeadlinePolicies).not.toHaveBeenCalled()
  })
})
