// A sign-up is ONE round trip to the database: the statement first answers every "may this
// child sign up here?" question (and finds an earlier attempt with the same request id), and
// writes only when all say yes. It is a named prepared statement: at the opening minute planning
// would otherwise cost more than running. On this kind of machine each round trip costs more
// CPU (system calls) than the SQL, so fewer round trips is what makes the opening minute cheap.
import type { AllocationMode, EnrolmentState, PriorityGroup, SignUpRefusal } from '../../types/childcare'
import type { Queryable } from '../db/pool'
import { PERIOD_JSON, type PeriodRow } from './class-repo'
import { CANCEL_BY } from './enrolment-repo'

export interface Precheck {
  class_id: string
  union_id: string
  title: string
  period_name: string
  start_date: string
  end_date: string
  allocation_mode: AllocationMode
  opens_at: Date
  closes_at: Date
  published: boolean
  review_required: boolean
  one_period_per_child: boolean
  priority_groups: PriorityGroup[]
  child_found: boolean
  consent_version: string | null
  range_refusal: SignUpRefusal | null
  same_period: boolean
  same_class: boolean
  overlapping: boolean
  no_room: boolean
  retried_id: string | null
  child_name: string | null
  union_name: string
  guardian_name: string
  address: string
  bring: string
  drawn_at: Date | null
  claim_hours: number
  period: PeriodRow
  cancel_by: Date
}

const LIVE = `('applied', 'pending_review', 'held', 'waitlisted', 'offered')`

// $1 user, $2 child, $3 period, $4 client request id, $5 now, $6 phone, $7 groups, $8 note,
// $9 the current consent version.
const SIGN_UP_SQL = `
WITH pre AS (
  SELECT c.id AS class_id, c.union_id, c.title, p.name AS period_name, p.start_date AS start_day, p.end_date AS end_day,
         to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
         c.allocation_mode, c.opens_at, c.closes_at, c.published_at IS NOT NULL AS published, c.review_required,
         c.one_period_per_child, c.priority_groups,
         ch.id IS NOT NULL AS child_found, ch.consent_version,
         CASE WHEN ch.id IS NOT NULL THEN childcare_range_refusal(ch.id, p.id) END AS range_refusal,
         EXISTS (SELECT 1 FROM enrolments e WHERE e.child_id = ch.id AND e.period_id = p.id AND e.state IN ${LIVE}) AS same_period,
         c.one_period_per_child AND EXISTS (SELECT 1 FROM enrolments e WHERE e.child_id = ch.id AND e.class_id = c.id AND e.state IN ${LIVE}) AS same_class,
         EXISTS (SELECT 1 FROM enrolments e WHERE e.child_id = ch.id AND e.state IN ${LIVE}
                 AND e.dates && daterange(p.start_date, p.end_date, '[]')) AS overlapping,
         p.taken >= p.capacity AND p.waiting >= p.waitlist_limit AS no_room,
         (SELECT e.id FROM enrolments e JOIN tickets t ON t.id = e.id WHERE t.requester_id = $1 AND t.client_request_id = $4) AS retried_id,
         ch.name AS child_name, u.name AS union_name, (SELECT display_name FROM users WHERE id = $1) AS guardian_name,
         c.address, c.bring, c.drawn_at, c.claim_hours, ${PERIOD_JSON} AS period, ${CANCEL_BY} AS cancel_by
  FROM childcare_periods p JOIN childcare_classes c ON c.id = p.class_id JOIN unions u ON u.id = c.union_id
  LEFT JOIN children ch ON ch.id = $2 AND ch.guardian_id = $1 AND ch.erased_at IS NULL
  WHERE p.id = $3
), go AS (
  -- Every check of checkBeforeWriting (sign-up.ts), which names the one that failed.
  SELECT * FROM pre
  WHERE published AND child_found AND consent_version = $9 AND $7::text[] <@ priority_groups
    AND $5 >= opens_at AND $5 < closes_at AND range_refusal IS NULL AND NOT same_period AND NOT same_class
    AND NOT overlapping AND (allocation_mode = 'lottery' OR NOT no_room) AND retried_id IS NULL
), t AS (
  INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category, title,
                       description, contact_phone, client_request_id, created_at, updated_at)
  SELECT 'TB' || to_char($5::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('ticket_number_seq')::text, 6, '0'),
         'childcare', NULL, $1, go.union_id, go.union_id, NULL, go.title || ' · ' || go.period_name, '', $6, $4, $5, $5
  FROM go
  ON CONFLICT (requester_id, client_request_id) DO NOTHING
  RETURNING id, number
), seat AS (
  UPDATE childcare_periods SET taken = taken + 1
  WHERE id = $3 AND taken < capacity AND EXISTS (SELECT 1 FROM t) AND (SELECT allocation_mode FROM go) = 'first_come'
  RETURNING id, taken, waiting
), wait AS (
  UPDATE childcare_periods SET waiting = waiting + 1, waitlist_seq = waitlist_seq + 1
  WHERE id = $3 AND waiting < waitlist_limit AND EXISTS (SELECT 1 FROM t) AND NOT EXISTS (SELECT 1 FROM seat)
    AND (SELECT allocation_mode FROM go) = 'first_come'
  RETURNING waitlist_seq, taken, waiting
), e AS (
  INSERT INTO enrolments (id, period_id, class_id, child_id, guardian_id, state, limit_key, dates, priority_groups,
                          contact_phone, note, waitlist_seq, created_at, updated_at)
  SELECT t.id, $3, go.class_id, $2, $1,
         CASE WHEN go.allocation_mode = 'lottery' THEN 'applied'
              WHEN EXISTS (SELECT 1 FROM seat) THEN (CASE WHEN go.review_required THEN 'pending_review' ELSE 'held' END)
              ELSE 'waitlisted' END,
         CASE WHEN go.one_period_per_child THEN go.class_id ELSE $3::uuid END, daterange(go.start_day, go.end_day, '[]'),
         $7, $6, $8, (SELECT waitlist_seq FROM wait), $5, $5
  FROM t, go WHERE go.allocation_mode = 'lottery' OR EXISTS (SELECT 1 FROM seat) OR EXISTS (SELECT 1 FROM wait)
  RETURNING id, state
), ev AS (
  INSERT INTO enrolment_events (enrolment_id, action, actor_id, actor_role, from_state, to_state, created_at)
  SELECT id, 'sign_up', $1, 'requester', NULL, state, $5 FROM e
  RETURNING id
)
SELECT pre.*, t.id AS new_id, t.number,
       CASE WHEN t.id IS NOT NULL AND e.id IS NULL THEN childcare_refuse('full') ELSE e.state END AS state,
       (SELECT waitlist_seq FROM wait) AS waitlist_seq, ev.id::text AS event_id,
       coalesce((SELECT taken FROM seat), (SELECT taken FROM wait)) AS taken,
       coalesce((SELECT waiting FROM seat), (SELECT waiting FROM wait)) AS waiting
FROM pre LEFT JOIN t ON true LEFT JOIN e ON true LEFT JOIN ev ON true`

/** What the statement wrote; all null when it wrote nothing. */
export interface Written {
  new_id: string | null
  number: string | null
  state: EnrolmentState | null
  waitlist_seq: number | null
  event_id: string | null
  /** The period's counters right after this sign-up (under its row lock). */
  taken: number | null
  waiting: number | null
}

export type Attempt = Precheck & Written

export interface SignUpParams {
  userId: string
  childId: string
  periodId: string
  clientRequestId: string
  now: Date
  contactPhone: string
  priorityGroups: PriorityGroup[]
  note: string
  consentVersion: string
}

/** Undefined when the period does not exist. */
export async function attemptSignUp(db: Queryable, p: SignUpParams): Promise<Attempt | undefined> {
  const { rows } = await db.query<Attempt>({
    name: 'signup',
    text: SIGN_UP_SQL,
    values: [p.userId, p.childId, p.periodId, p.clientRequestId, p.now, p.contactPhone, p.priorityGroups, p.note, p.consentVersion]
  })
  return rows[0]
}
