// Sample 爱心托班 data for the childcare UI tests (shapes from types/api-childcare.ts).
import Taro from '@tarojs/taro'
import type { ChildProfile, ClassDetail, EnrolmentEvent, EnrolmentView, PeriodView } from '../../types/api-childcare'
import { CHILD_CONSENT_VERSION } from '../../types/childcare'
import { user, yuelong } from './fixtures'

export const CHILD_ID = '3f2a6c1e-8b7d-4c2a-9e1f-0a1b2c3d4e01'
export const CHILD_ID_2 = '3f2a6c1e-8b7d-4c2a-9e1f-0a1b2c3d4e02'
export const CLASS_ID = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c01'
export const PERIOD_ID = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c11'
export const PERIOD_ID_2 = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c12'
export const PERIOD_ID_3 = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c13'
export const ENROLMENT_ID = '5d3c1b7e-6a2f-4f1e-8a55-0c4b7e2a0101'

export function child(overrides: Partial<ChildProfile> = {}): ChildProfile {
  return {
    id: CHILD_ID,
    name: '李小明',
    gender: 'male',
    birthDate: '2018-03-05',
    grade: 2,
    school: '跃龙小学',
    healthNotes: '',
    emergencyName: '李秀英',
    emergencyPhone: '13805740002',
    consentVersion: CHILD_CONSENT_VERSION,
    consentAt: '2026-06-01T02:00:00.000Z',
    healthConsentVersion: null,
    healthConsentAt: null,
    consentCurrent: true,
    ...overrides
  }
}

export function period(overrides: Partial<PeriodView> = {}): PeriodView {
  return {
    id: PERIOD_ID,
    name: '第一期',
    startDate: '2027-07-06',
    endDate: '2027-07-17',
    dailyStart: '08:30',
    dailyEnd: '17:00',
    capacity: 30,
    seatsLeft: 12,
    waitlistCount: 0,
    availability: 'seats',
    ...overrides
  }
}

export function classDetail(overrides: Partial<ClassDetail> = {}): ClassDetail {
  return {
    id: CLASS_ID,
    title: '跃龙街道暑期爱心托班',
    union: yuelong,
    season: '2027年暑期',
    address: '宁海县跃龙街道职工服务中心三楼',
    ageMin: 6,
    ageMax: 12,
    gradeMin: null,
    gradeMax: null,
    fee: 0,
    allocationMode: 'first_come',
    opensAt: '2027-06-20T01:00:00.000Z',
    closesAt: '2027-07-01T10:00:00.000Z',
    drawAt: null,
    phase: 'open',
    periods: [period()],
    description: '为辖区职工子女提供暑期看护、作业辅导和兴趣课程。',
    latitude: null,
    longitude: null,
    bring: '水杯、午睡毯',
    priorityGroups: ['hardship_family', 'frontline_worker'],
    reviewRequired: false,
    onePeriodPerChild: true,
    claimHours: 24,
    cancelCutoffHours: 24,
    attendanceThreshold: 70,
    waitlistLimit: 20,
    drawnAt: null,
    serverTime: '2027-06-25T02:00:00.000Z',
    ...overrides
  }
}

export function enrolmentEvent(overrides: Partial<EnrolmentEvent> = {}): EnrolmentEvent {
  return {
    id: 'ee1',
    action: 'sign_up',
    actorName: '李秀英',
    actorRole: 'requester',
    fromState: null,
    toState: 'held',
    body: '',
    createdAt: '2027-06-25T02:00:00.000Z',
    ...overrides
  }
}

export function enrolment(overrides: Partial<EnrolmentView> = {}): EnrolmentView {
  return {
    id: ENROLMENT_ID,
    number: 'TB20270625-0001',
    state: 'held',
    child: { id: CHILD_ID, name: '李小明' },
    class: { id: CLASS_ID, title: '跃龙街道暑期爱心托班', address: '宁海县跃龙街道职工服务中心三楼', union: yuelong, bring: '水杯、午睡毯' },
    period: period(),
    priorityGroups: [],
    contactPhone: '13805740002',
    note: '',
    waitlistPosition: null,
    claimBy: null,
    cancelBy: '2027-07-05T00:30:00.000Z',
    rejectReason: null,
    events: [enrolmentEvent()],
    allowedActions: ['cancel'],
    createdAt: '2027-06-25T02:00:00.000Z',
    serverTime: '2027-06-25T02:00:00.000Z',
    ...overrides
  }
}

export const parent = user({ id: 'u9', displayName: '李秀英' })

/** Logged in as the parent: what the login page leaves in storage. */
export function logInAsParent(): void {
  Taro.setStorageSync('nj.session.token', 'token-parent')
  Taro.setStorageSync('nj.session.user', parent)
}
