import type { AllocationMode, EnrolmentEventKind, EnrolmentState, PriorityGroup } from '../../types/childcare'
import type { ActorRole } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { PERIOD_JSON, type PeriodRow } from './class-repo'

export interface EnrolmentRow {
  id: string
  number: string
  state: EnrolmentState
  guardian_id: string
  child_id: string
  child_name: string
  class_id: string
  class_title: string
  address: string
  bring: string
  union_id: string
  union_name: string
  allocation_mode: AllocationMode
  drawn_at: Date | null
  review_required: boolean
  claim_hours: number
  period_id: string
  period: PeriodRow
  priority_groups: PriorityGroup[]
  contact_phone: string
  note: string
  waitlist_seq: number | null
  waitlist_position: number | null
  claim_by: Date | null
  cancel_by: Date
  reject_reason: string | null
  created_at: Date
}

/** 候补第 N 位 counts those still waiting at or ahead of this place. */
export const WAITLIST_POSITION = `(SELECT count(*)::int FROM enrolments w
  WHERE w.period_id = e.period_id AND w.state = 'waitlisted' AND w.waitlist_seq <= e.waitlist_seq)`

/** The moment cancelling stops freeing the seat: the cutoff before the first day starts (Shanghai). */
export const CANCEL_BY = `((p.start_date + p.daily_start) AT TIME ZONE 'Asia/Shanghai') - make_interval(hours => c.cancel_cutoff_hours)`

const SELECT_ENROLMENT = `
  SELECT e.id, t.number, e.state, e.guardian_id, e.child_id, ch.name AS child_name, e.class_id, c.title AS class_title,
         c.address, c.bring, c.union_id, u.name AS union_name, c.allocation_mode, c.drawn_at, c.review_required, c.claim_hours,
         e.period_id, ${PERIOD_JSON} AS period, e.priority_groups, e.contact_phone, e.note, e.waitlist_seq,
         CASE WHEN e.state = 'waitlisted' THEN ${WAITLIST_POSITION} END AS waitlist_position,
         e.claim_by, ${CANCEL_BY} AS cancel_by, e.reject_reason, e.created_at
  FROM enrolments e
  JOIN tickets t ON t.id = e.id
  JOIN children ch ON ch.id = e.child_id
  JOIN childcare_periods p ON p.id = e.period_id
  JOIN childcare_classes c ON c.id = e.class_id
  JOIN unions u ON u.id = c.union_id`

export async function findEnrolment(db: Queryable, id: string): Promise<EnrolmentRow | undefined> {
  const { rows } = await db.query<EnrolmentRow>({ name: 'enrolment-by-id', text: `${SELECT_ENROLMENT} WHERE e.id = $1`, values: [id] })
  return rows[0]
}

export async function findEnrolmentByRequest(db: Queryable, guardianId: string, clientRequestId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>({ name: 'enrolment-by-request', text:
    `SELECT e.id FROM enrolments e JOIN tickets t ON t.id = e.id WHERE t.requester_id = $1 AND t.client_request_id = $2`,
    values: [guardianId, clientRequestId] })
  return rows[0]?.id
}

export interface EnrolmentEventRow {
  id: string
  action: EnrolmentEventKind
  actor_name: string | null
  actor_role: ActorRole
  from_state: EnrolmentState | null
  to_state: EnrolmentState
  body: string
  created_at: Date
}

export async function listEnrolmentEvents(db: Queryable, enrolmentId: string): Promise<EnrolmentEventRow[]> {
  const { rows } = await db.query<EnrolmentEventRow>({ name: 'enrolment-events', text:
    `SELECT ev.id::text AS id, ev.action, us.display_name AS actor_name, ev.actor_role, ev.from_state, ev.to_state, ev.body, ev.created_at
     FROM enrolment_events ev LEFT JOIN users us ON us.id = ev.actor_id
     WHERE ev.enrolment_id = $1 ORDER BY ev.id`,
    values: [enrolmentId] })
  return rows
}

export interface NewEnrolmentEvent {
  enrolmentId: string
  action: EnrolmentEventKind
  actorId: string | null
  actorRole: ActorRole
  fromState: EnrolmentState | null
  toState: EnrolmentState
  body?: string
  at: Date
}

export async function insertEnrolmentEvent(db: Queryable, e: NewEnrolmentEvent): Promise<void> {
  await db.query(
    `INSERT INTO enrolment_events (enrolment_id, action, actor_id, actor_role, from_state, to_state, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.enrolmentId, e.action, e.actorId, e.actorRole, e.fromState, e.toState, e.body ?? '', e.at]
  )
}
