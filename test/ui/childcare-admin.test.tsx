import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser } from '../../types/api'
import type { AttendanceSheet, ClassAdminView, Roster, RosterEntry } from '../../types/api-childcare'
import AttendancePage from '../../src/packages/workbench/childcare-attendance/index'
import ClassEditPage from '../../src/packages/workbench/childcare-class-edit/index'
import ClassesPage from '../../src/packages/workbench/childcare-classes/index'
import RosterPage from '../../src/packages/workbench/childcare-roster/index'
import * as auth from '../../src/services/auth'
import * as admin from '../../src/services/childcare-admin'
import { ApiError } from '../../src/services/request'
import { $, $$, mountPage, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/childcare-admin')

const fetchMe = jest.mocked(auth.fetchMe)
const m = jest.mocked(admin)
const YL = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0009'
const cadre: CurrentUser = { id: 'u3', displayName: '王丽', cadreOf: [{ id: YL, name: '跃龙街道总工会' }], isLawyer: false, employerUnion: null, isCalendarAdmin: false }
const P1 = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0101'

const period = { id: P1, name: '第一期', startDate: '2027-07-05', endDate: '2027-07-16', dailyStart: '08:30', dailyEnd: '17:00', capacity: 2, seatsLeft: 0, waitlistCount: 1, availability: 'waitlist' as const, held: 1, pendingReview: 1, offered: 0 }
function adminClass(over: Partial<ClassAdminView> = {}): ClassAdminView {
  return {
    id: 'c1', title: '跃龙街道暑期托班', union: { id: YL, name: '跃龙街道总工会' }, season: '2027年暑期', address: '人民大道 100 号', ageMin: 6, ageMax: 12,
    gradeMin: null, gradeMax: null, fee: 0, allocationMode: 'first_come', opensAt: '2027-06-01T01:00:00.000Z', closesAt: '2027-06-10T10:00:00.000Z', drawAt: null,
    phase: 'draft', periods: [period], description: '作业辅导和阅读。', latitude: null, longitude: null, bring: '', priorityGroups: [], reviewRequired: true,
    onePeriodPerChild: true, claimHours: 24, cancelCutoffHours: 24, attendanceThreshold: 70, waitlistLimit: 20, drawnAt: null, serverTime: '2026-11-23T01:00:00.000Z',
    ...over
  }
}
function entry(n: number, over: Partial<RosterEntry> = {}): RosterEntry {
  return {
    enrolmentId: `e${n}`, number: `TB20270601-00000${n}`, state: 'held', guardianName: `家长${n}`, contactPhone: '13900000000', priorityGroups: [], waitlistPosition: null,
    claimBy: null, note: '', attendance: { present: 0, marked: 0 }, createdAt: '2027-06-01T01:00:00.000Z',
    child: { name: `孩子${n}`, gender: 'female', birthDate: '2018-03-15', ageAtStart: 9, grade: 3, school: '', healthNotes: n === 1 ? '花生过敏' : '', emergencyName: '家长', emergencyPhone: '13900000000' },
    ...over
  }
}

let utils: TestUtils | undefined
let showModal: jest.SpyInstance
beforeEach(() => {
  localStorage.clear()
  jest.resetAllMocks()
  document.body.innerHTML = ''
  window.location.hash = ''
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', cadre)
  fetchMe.mockResolvedValue(cadre)
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
})
afterEach(() => {
  showModal.mockRestore()
  utils?.unmout()
  utils = undefined
})

const fill = async (fields: Record<string, string>) => {
  for (const [name, value] of Object.entries(fields)) await typeInto(utils!, `.field-${name} input, .field-${name} textarea`, value)
}

describe('托班 class form', () => {
  test('shows Chinese errors under the fields and periods, and does not send', async () => {
    utils = await mountPage(ClassEditPage)
    await waitFor(utils, '.class-save')
    await fill({ title: '暑期爱心托班', season: '2027年暑期', address: '人民大道 100 号职工之家', description: '作业辅导、阅读和体育活动。', 'age-min': '', 'age-max': '', 'period-end-0': '2020-01-01' })
    await tap(utils, '.class-save')
    expect(text('.field-range .field-error')).toBe('请填写招收年龄或年级范围')
    expect(text('.field-period-end-0 .field-error')).toBe('结班日期不能早于开班日期')
    expect(m.createClass).not.toHaveBeenCalled()
  })

  test('a lottery needs a draw time', async () => {
    utils = await mountPage(ClassEditPage)
    await waitFor(utils, '.class-save')
    await fill({ title: '暑期爱心托班', season: '2027年暑期', address: '人民大道 100 号职工之家', description: '作业辅导、阅读和体育活动。' })
    await tap(utils, '#mode-lottery')
    await fill({ 'draw-date': '' })
    await tap(utils, '.class-save')
    expect(text('.field-draw-date .field-error')).toBe('抽签方式须设置抽签时间')
    expect(m.createClass).not.toHaveBeenCalled()
  })

  test('a valid form sends Shanghai times with +08:00 and numbers, then goes back', async () => {
    m.createClass.mockResolvedValue(adminClass())
    utils = await mountPage(ClassEditPage)
    await waitFor(utils, '.class-save')
    await fill({
      title: '暑期爱心托班', season: '2027年暑期', address: '人民大道 100 号职工之家', description: '作业辅导、阅读和体育活动。',
      'opens-date': '2027-06-01', 'opens-time': '09:00', 'closes-date': '2027-06-10', 'closes-time': '18:00',
      'period-start-0': '2027-07-05', 'period-end-0': '2027-07-16', 'period-capacity-0': '25'
    })
    await tap(utils, '.class-save')
    await waitUntil(utils, () => m.createClass.mock.calls.length === 1, 'createClass')
    const sent = m.createClass.mock.calls[0]![0]
    expect([sent.unionId, sent.opensAt, sent.closesAt, sent.ageMin, sent.periods[0]!.capacity]).toEqual([YL, '2027-06-01T09:00:00+08:00', '2027-06-10T18:00:00+08:00', 6, 25])
  })

  test('keeps what was typed and shows the server’s field message when saving fails', async () => {
    m.createClass.mockRejectedValue(new ApiError('VALIDATION_FAILED', '填写的内容有误', 400, { unionId: '只能为您所在的工会举办托班' }))
    utils = await mountPage(ClassEditPage)
    await waitFor(utils, '.class-save')
    await fill({ title: '暑期爱心托班', season: '2027年暑期', address: '人民大道 100 号职工之家', description: '作业辅导、阅读和体育活动。', 'opens-date': '2030-06-01', 'closes-date': '2030-06-10', 'period-start-0': '2030-07-05', 'period-end-0': '2030-07-16' })
    await tap(utils, '.class-save')
    await waitFor(utils, '.field-union .field-error')
    expect(text('.field-union .field-error')).toBe('只能为您所在的工会举办托班')
    expect(($('.field-title input') as HTMLInputElement).value).toBe('暑期爱心托班')
  })
})

describe('托班 class list', () => {
  test('publishing asks first and publishes only after confirming', async () => {
    m.fetchManagedClasses.mockResolvedValue([adminClass()])
    m.publishClass.mockResolvedValue(adminClass({ phase: 'upcoming' }))
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    utils = await mountPage(ClassesPage)
    await waitFor(utils, '#class-c1 .publish-btn')
    expect(text('#class-c1 .class-period-counts')).toBe('已报 1/2 · 待审核 1 · 候补 1')
    await tap(utils, '#class-c1 .publish-btn')
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(m.publishClass).not.toHaveBeenCalled()
    await tap(utils, '#class-c1 .publish-btn')
    await waitUntil(utils, () => m.publishClass.mock.calls.length === 1, 'publishClass')
    expect(m.publishClass).toHaveBeenCalledWith('c1')
  })

  test('an empty list says how to start', async () => {
    m.fetchManagedClasses.mockResolvedValue([])
    utils = await mountPage(ClassesPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty')).toContain('新建托班')
  })
})

describe('托班 roster', () => {
  const roster = (entries: RosterEntry[]): Roster => ({ classId: 'c1', classTitle: '跃龙街道暑期托班', union: { id: YL, name: '跃龙街道总工会' }, period, entries, attendanceDays: [] })

  test('lists sign-ups awaiting review; 不通过 needs a reason', async () => {
    m.fetchRoster.mockResolvedValue(roster([entry(1), entry(2, { state: 'pending_review' }), entry(3, { state: 'waitlisted', waitlistPosition: 1 })]))
    m.reviewEnrolment.mockResolvedValue({} as never)
    utils = await mountPage(RosterPage, { periodId: P1 })
    await waitFor(utils, '.roster-entry')
    expect(text('#entry-e1 .roster-health')).toBe('健康/过敏：花生过敏')
    await tap(utils, '#tab-review')
    expect($$('.roster-entry').map((e) => e.id)).toEqual(['entry-e2'])
    await tap(utils, '#entry-e2 .reject-btn')
    await tap(utils, '#entry-e2 .reject-submit')
    expect(text('#entry-e2 .field-error')).toBe('请填写审核不通过的原因')
    expect(m.reviewEnrolment).not.toHaveBeenCalled()
    await typeInto(utils, '#entry-e2 .reject-reason textarea', '非本街道企业职工')
    await tap(utils, '#entry-e2 .reject-submit')
    await waitUntil(utils, () => m.reviewEnrolment.mock.calls.length === 1, 'reviewEnrolment')
    expect(m.reviewEnrolment).toHaveBeenCalledWith('e2', 'reject', '非本街道企业职工')
    await tap(utils, '#tab-waiting')
    expect(text('#entry-e3 .tag')).toBe('候补第 1 位')
  })
})

describe('托班 attendance', () => {
  test('ticks rows, sends the marks, and keeps them when the save fails', async () => {
    m.fetchRoster.mockResolvedValue({ classId: 'c1', classTitle: '跃龙街道暑期托班', union: { id: YL, name: '跃龙街道总工会' }, period, entries: [], attendanceDays: [] })
    const sheet: AttendanceSheet = { date: '2027-07-05', entries: [{ enrolmentId: 'e1', childName: '孩子1', present: null }, { enrolmentId: 'e2', childName: '孩子2', present: true }] }
    m.fetchAttendance.mockResolvedValue(sheet)
    m.saveAttendance.mockRejectedValueOnce(new ApiError('VALIDATION_FAILED', '不能登记未来日期的出勤', 400, { date: '不能登记未来日期的出勤' }))
    m.saveAttendance.mockResolvedValueOnce({ ...sheet, entries: [{ ...sheet.entries[0]!, present: false }, sheet.entries[1]!] })
    utils = await mountPage(AttendancePage, { periodId: P1 })
    await waitFor(utils, '.attendance-row')
    expect($$('.attendance-mark').map((e) => e.textContent)).toEqual(['未登记', '出勤'])
    await tap(utils, '#row-e1')
    await tap(utils, '#row-e1')
    await tap(utils, '#row-e2')
    expect($$('.attendance-mark').map((e) => e.textContent)).toEqual(['缺勤', '缺勤'])
    await tap(utils, '.attendance-save')
    await waitUntil(utils, () => m.saveAttendance.mock.calls.length === 1, 'first save')
    expect($$('.attendance-mark').map((e) => e.textContent)).toEqual(['缺勤', '缺勤'])
    await tap(utils, '.attendance-save')
    await waitUntil(utils, () => m.saveAttendance.mock.calls.length === 2, 'second save')
    expect(m.saveAttendance.mock.calls[1]![2]).toEqual({ marks: [{ enrolmentId: 'e2', present: false }, { enrolmentId: 'e1', present: false }] })
  })
})
