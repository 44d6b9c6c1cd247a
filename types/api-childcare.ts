// Response shapes of the 爱心托班 API, shared by server and app.
import type { AllocationMode, EnrolmentAction, EnrolmentEventKind, EnrolmentState, Gender, PriorityGroup, SignUpRefusal } from './childcare'
import type { ActorRole } from './enums'
import type { UnionRef } from './api'

export interface ChildProfile {
  id: string
  name: string
  gender: Gender
  birthDate: string
  grade: number
  school: string
  /** Empty unless the separate health consent was given. */
  healthNotes: string
  emergencyName: string
  emergencyPhone: string
  consentVersion: string
  consentAt: string
  healthConsentVersion: string | null
  healthConsentAt: string | null
  /** The stored consent is for the current text; otherwise the app asks again before a sign-up. */
  consentCurrent: boolean
}

/** Seats of one 班期 as a parent sees them: seats left (maintained counters, a few seconds old at
 * most) and the waitlist. `phase` says whether a sign-up now gets a seat, a waitlist place, or nothing. */
export interface PeriodView {
  id: string
  name: string
  startDate: string
  endDate: string
  dailyStart: string
  dailyEnd: string
  capacity: number
  seatsLeft: number
  waitlistCount: number
  availability: 'seats' | 'waitlist' | 'full'
}

export type ClassPhase = 'draft' | 'upcoming' | 'open' | 'closed'

export interface ClassCard {
  id: string
  title: string
  union: UnionRef
  season: string
  address: string
  ageMin: number | null
  ageMax: number | null
  gradeMin: number | null
  gradeMax: number | null
  fee: number
  allocationMode: AllocationMode
  opensAt: string
  closesAt: string
  drawAt: string | null
  phase: ClassPhase
  periods: PeriodView[]
}

export interface Catalogue {
  items: ClassCard[]
  /** The server's clock, so the countdown to opening does not trust the phone's clock. */
  serverTime: string
}

export interface ClassDetail extends ClassCard {
  description: string
  latitude: number | null
  longitude: number | null
  bring: string
  priorityGroups: PriorityGroup[]
  reviewRequired: boolean
  onePeriodPerChild: boolean
  claimHours: number
  cancelCutoffHours: number
  attendanceThreshold: number
  waitlistLimit: number
  /** When the lottery was drawn; null before. */
  drawnAt: string | null
  serverTime: string
}

/** A class as its union's cadres manage it: live counts per period. */
export interface PeriodAdminView extends PeriodView {
  held: number
  pendingReview: number
  offered: number
}
export interface ClassAdminView extends Omit<ClassDetail, 'periods'> {
  periods: PeriodAdminView[]
}

export interface EnrolmentEvent {
  id: string
  action: EnrolmentEventKind
  actorName: string
  actorRole: ActorRole
  fromState: EnrolmentState | null
  toState: EnrolmentState
  body: string
  createdAt: string
}

/** One child's sign-up for one period; its id is the ticket id the parent sees in 我的. */
export interface EnrolmentView {
  id: string
  number: string
  state: EnrolmentState
  child: { id: string; name: string }
  class: { id: string; title: string; address: string; union: UnionRef; bring: string }
  period: PeriodView
  priorityGroups: PriorityGroup[]
  contactPhone: string
  note: string
  /** 候补第 N 位, counting only those still waiting ahead. */
  waitlistPosition: number | null
  /** An offered seat must be confirmed before this instant. */
  claimBy: string | null
  /** Cancelling frees the seat until this instant. */
  cancelBy: string
  /** Why the review said no. */
  rejectReason: string | null
  events: EnrolmentEvent[]
  allowedActions: EnrolmentAction[]
  createdAt: string
  serverTime: string
}

/** How a sign-up shows in 我的 next to other tickets. */
export interface BookingSummary {
  state: EnrolmentState
  waitlistPosition: number | null
  claimBy: string | null
  childName: string
  periodName: string
}

export interface RosterChild {
  name: string
  gender: Gender
  birthDate: string
  /** Whole years at the period's start date. */
  ageAtStart: number
  grade: number
  school: string
  healthNotes: string
  emergencyName: string
  emergencyPhone: string
}

export interface RosterEntry {
  enrolmentId: string
  number: string
  state: EnrolmentState
  child: RosterChild
  guardianName: string
  contactPhone: string
  priorityGroups: PriorityGroup[]
  waitlistPosition: number | null
  claimBy: string | null
  note: string
  /** Days marked present out of days marked. */
  attendance: { present: number; marked: number }
  createdAt: string
}

export interface Roster {
  classId: string
  classTitle: string
  union: UnionRef
  period: PeriodAdminView
  /** Seat holders and those awaiting review first, then the waitlist in order, then the rest. */
  entries: RosterEntry[]
  /** Days on which attendance was taken. */
  attendanceDays: string[]
}

export interface AttendanceSheet {
  date: string
  entries: { enrolmentId: string; childName: string; present: boolean | null }[]
}

export interface DrawEntry {
  number: string
  priority: boolean
  /** 1-based place in the drawn order. */
  rank: number
  outcome: EnrolmentState
}

/** The published record of a lottery: anyone can recompute the order from the seed. */
export interface DrawRecord {
  periodId: string
  seed: string
  drawnAt: string
  /** How the order follows from the seed, in words. */
  method: string
  entries: DrawEntry[]
}

export interface RosterExport {
  /** A short-lived signed link to the .xlsx file. */
  url: string
}

export interface SignUpRefusedDetail {
  reason: SignUpRefusal
}
