// Response shapes of the 法律援助 API, shared by server and app.
import type { ActorRole } from './enums'
import type { TicketSummary, UnionRef } from './api'
import type { AppointmentMode, AppointmentState, CaseOutcome, CaseStage, CaseType, HelpKind, OpenStage } from './legal-aid'

export interface PersonRef {
  id: string
  name: string
}

export interface LegalStation {
  id: string
  name: string
  union: UnionRef
  address: string
  phone: string
  /** Straight-line distance from the worker, when they shared their location. */
  distanceKm: number | null
  /** The one the app preselects: the nearest, or the worker's own employer's area. */
  suggested: boolean
}

export interface DutySlot {
  id: string
  stationId: string
  /** ISO weekday, 1 = Monday. */
  weekday: number
  startTime: string
  endTime: string
  mode: AppointmentMode
  /** Room address for 面谈, phone number for 电话咨询. */
  place: string
  lawyer: PersonRef
}

/** One duty slot on one day in the booking horizon. */
export interface OpenSlot {
  slotId: string
  day: string
  weekday: number
  startTime: string
  endTime: string
  mode: AppointmentMode
  place: string
  lawyerName: string
  /** Someone holds it already. */
  taken: boolean
}

export interface Appointment {
  id: string
  ticketId: string
  day: string
  startTime: string
  endTime: string
  mode: AppointmentMode
  place: string
  lawyerName: string
  state: AppointmentState
  /** Who cancelled, when cancelled. */
  cancelledBy: ActorRole | null
  cancelReason: string
  /** Booked and not yet past. */
  upcoming: boolean
  /** Upcoming, and the viewer is someone who may cancel it (the worker, the slot's or the
   * case's lawyer, a cadre of the station's union). */
  cancellable: boolean
}

/** The legal-aid part of a ticket's detail; only people allowed to see the case get it. */
export interface LegalCaseView {
  caseType: CaseType
  helpWanted: HelpKind
  amountInDispute: number | null
  /** YYYY-MM. */
  since: string
  hardship: boolean
  hardshipNote: string
  station: { id: string; name: string }
  lawyer: PersonRef | null
  stage: CaseStage
  /** Stages the assigned lawyer may move to now (empty for anyone else). */
  nextStages: OpenStage[]
  /** Outcomes the assigned lawyer may close with now (empty for anyone else). */
  outcomes: CaseOutcome[]
  outcome: CaseOutcome | null
  amountRecovered: number | null
  closedAt: string | null
  consentVersion: string
  consentAt: string
  appointments: Appointment[]
  /** The station's lawyers, for the handling union to assign; empty for anyone else. */
  stationLawyers: PersonRef[]
}

export interface LegalCaseListItem extends TicketSummary {
  caseType: CaseType
  stage: CaseStage
  lawyerName: string | null
  nextAppointment: Appointment | null
}

export interface StationStats {
  station: { id: string; name: string; union: UnionRef }
  cases: number
  /** Every non-empty (type, stage) pair. */
  byTypeAndStage: { caseType: CaseType; stage: CaseStage; count: number }[]
  closedByOutcome: { outcome: CaseOutcome; count: number }[]
  closed: number
  amountRecovered: number
  /** Mean calendar days from submission to 结案; null before any case closed. */
  averageDaysToClose: number | null
}

/** Figures of every station in a union's subtree, and their sum. */
export interface LegalAidStats {
  union: UnionRef
  from: string | null
  to: string | null
  stations: StationStats[]
  total: Omit<StationStats, 'station'>
}
