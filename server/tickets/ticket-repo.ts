import type { EnrolmentState } from '../../types/childcare'
import type { GrievanceCategory, TicketKind, TicketStatus, UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'
import type { OpeningClock } from './actions/clock-changes'

/** The columns a summary needs; list queries select exactly these. */
export interface TicketSummaryRow {
  id: string
  number: string
  kind: TicketKind
  /** Null for 托班 sign-ups, whose state is the enrolment's (booking_* below). */
  status: TicketStatus | null
  title: string
  category: GrievanceCategory | null
  target_union_id: string
  target_union_name: string
  current_union_id: string
  current_union_name: string
  urgent: boolean
  due_at: Date | null
  warn_at: Date | null
  supervised: boolean
  unreasonable_at: Date | null
  created_at: Date
  updated_at: Date
  booking_state?: EnrolmentState | null
  booking_position?: number | null
  booking_claim_by?: Date | null
  booking_child?: string | null
  booking_period?: string | null
}

/** What a requester's own list adds for 托班 sign-ups. */
export const BOOKING_SELECT = `be.state AS booking_state, bch.name AS booking_child, bp.name AS booking_period,
  CASE WHEN be.state = 'offered' THEN be.claim_by END AS booking_claim_by,
  CASE WHEN be.state = 'waitlisted' THEN (SELECT count(*)::int FROM enrolments w
    WHERE w.period_id = be.period_id AND w.state = 'waitlisted' AND w.waitlist_seq <= be.waitlist_seq) END AS booking_position`
export const BOOKING_JOIN = `LEFT JOIN enrolments be ON be.id = t.id
  LEFT JOIN children bch ON bch.id = be.child_id
  LEFT JOIN childcare_periods bp ON bp.id = be.period_id`

/** A ticket that runs the 12345 workflow (not a 托班 sign-up): status and category are set. */
export interface TicketRow extends TicketSummaryRow {
  status: TicketStatus
  /** Null for 法律援助 (the case type lives in legal_cases). */
  category: GrievanceCategory | null
  requester_id: string
  requester_name: string
  requester_employer_union_id: string | null
  current_union_path: string
  current_union_level: UnionLevel
  current_union_parent_id: string | null
  dispatched_from_union_id: string | null
  dispatched_from_union_name: string | null
  description: string
  employer: string
  contact_phone: string
  confidential: boolean
  ack_due_at: Date | null
  answer_due_at: Date | null
  paused_at: Date | null
  acknowledged_at: Date | null
  answered_at: Date | null
  auto_confirmed: boolean
  rating_speed: number | null
  rating_attitude: number | null
  rating_result: number | null
  rating_comment: string | null
  unreasonable_reason: string | null
  reopen_count: number
  answer_working_days: string | null
}

export const SUMMARY_SELECT = `t.id, t.number, t.kind, t.status, t.title, t.category,
  t.target_union_id, tu.name AS target_union_name, t.current_union_id, cu.name AS current_union_name,
  t.urgent, t.due_at, t.warn_at, t.unreasonable_at, t.created_at, t.updated_at,
  EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id AND s.resolved_at IS NULL) AS supervised`

export const SUMMARY_FROM = `tickets t
  JOIN unions tu ON tu.id = t.target_union_id
  JOIN unions cu ON cu.id = t.current_union_id`

const SELECT_TICKET = `
  SELECT ${SUMMARY_SELECT},
         t.requester_id, u.display_name AS requester_name, u.employer_union_id AS requester_employer_union_id,
         cu.path AS current_union_path, cu.level AS current_union_level, cu.parent_id AS current_union_parent_id,
         t.dispatched_from_union_id, df.name AS dispatched_from_union_name,
         t.description, t.employer, t.contact_phone, t.confidential, t.ack_due_at, t.answer_due_at,
         t.paused_at, t.acknowledged_at, t.answered_at, t.auto_confirmed, t.rating_speed,
         t.rating_attitude, t.rating_result, t.rating_comment, t.unreasonable_reason, t.reopen_count, t.answer_working_days
  FROM ${SUMMARY_FROM}
  JOIN users u ON u.id = t.requester_id
  LEFT JOIN unions df ON df.id = t.dispatched_from_union_id`

export async function getTicket(db: Queryable, id: string, forUpdate = false): Promise<TicketRow | undefined> {
  // 托班 sign-ups do not run this workflow; to it they do not exist.
  const { rows } = await db.query<TicketRow>(`${SELECT_TICKET} WHERE t.id = $1 AND t.kind <> 'childcare' ${forUpdate ? 'FOR UPDATE OF t' : ''}`, [id])
  return rows[0]
}

const NUMBER_PREFIX: Record<TicketKind, string> = { grievance: 'SS', childcare: 'TB', legal_aid: 'FY' }

export interface NewTicket {
  kind: TicketKind
  requesterId: string
  targetUnionId: string
  category: GrievanceCategory | null
  title: string
  description: string
  employer: string
  contactPhone: string
  confidential: boolean
  urgent: boolean
  clientRequestId: string
  clock: OpeningClock
}

/** Returns the new ticket's id and number, or undefined when this clientRequestId was already used. */
export async function insertTicket(db: Queryable, g: NewTicket): Promise<{ id: string; number: string } | undefined> {
  const { rows } = await db.query<{ id: string; number: string }>(
    `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category,
                          title, description, employer, contact_phone, confidential, urgent,
                          client_request_id, ack_due_at, answer_due_at, due_at, warn_at)
     VALUES ($1 || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
               || lpad(nextval('ticket_number_seq')::text, 6, '0'),
             $2, 'submitted', $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (requester_id, client_request_id) DO NOTHING
     RETURNING id, number`,
    [NUMBER_PREFIX[g.kind], g.kind, g.requesterId, g.targetUnionId, g.category, g.title, g.description, g.employer,
      g.contactPhone, g.confidential, g.urgent, g.clientRequestId, g.clock.ack_due_at, g.clock.answer_due_at, g.clock.due_at, g.clock.warn_at]
  )
  return rows[0]
}

export async function findTicketByClientRequest(db: Queryable, requesterId: string, clientRequestId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM tickets WHERE requester_id = $1 AND client_request_id = $2',
    [requesterId, clientRequestId]
  )
  return rows[0]?.id
}

/** Columns an action may change; anything else is not the workflow's to touch. */
export interface TicketChanges {
  status?: TicketStatus
  current_union_id?: string
  dispatched_from_union_id?: string | null
  ack_due_at?: Date | null
  answer_due_at?: Date | null
  due_at?: Date | null
  warn_at?: Date | null
  paused_at?: Date | null
  acknowledged_at?: Date
  answered_at?: Date | null
  closed_at?: Date
  auto_confirmed?: boolean
  rating_speed?: number
  rating_attitude?: number
  rating_result?: number
  rating_comment?: string
  unreasonable_reason?: string
  unreasonable_at?: Date
  reopen_count?: number
  ack_working_days?: number
  answer_working_days?: number
}

export async function updateTicket(db: Queryable, id: string, changes: TicketChanges): Promise<void> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined)
  const sets = entries.map(([k], i) => `${k} = $${i + 2}`)
  await db.query(`UPDATE tickets SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...entries.map(([, v]) => v)])
}
