// What the 台账 export writes: exactly the tickets the inbox filter shows, with the columns of
// a ledger, read in keyset batches so a province-wide export never holds a long query or a
// large result in memory.
import type { DueLight, GrievanceCategory, TicketKind, TicketStatus } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { dueLight } from '../deadlines/clock'
import type { KeysetCursor } from '../http/keyset-cursor'
import { inboxPageSql, type InboxConditions, type InboxSort } from './inbox-query'
import type { InboxScope } from './inbox-scope'

export interface InboxExportRow {
  id: string
  number: string
  kind: TicketKind
  category: GrievanceCategory | null
  title: string
  status: TicketStatus
  currentUnionName: string
  createdAt: Date
  ackDueAt: Date | null
  answerDueAt: Date | null
  acknowledgedAt: Date | null
  answeredAt: Date | null
  closedAt: Date | null
  /** As the inbox shows it at `now`; null when no deadline runs. */
  dueLight: DueLight | null
  supervised: boolean
  unreasonable: boolean
  ratingSpeed: number | null
  ratingAttitude: number | null
  ratingResult: number | null
  /** Null when this cadre may not know who asked (对所在企业保密 and an enterprise-union cadre,
   * the rule of hidesIdentity in server/tickets/access.ts). Phones are in full: masking for
   * cadres without full_export is the export's job. */
  requesterName: string | null
  contactPhone: string | null
}

interface Row {
  id: string
  number: string
  kind: TicketKind
  category: GrievanceCategory | null
  title: string
  status: TicketStatus
  current_union_name: string
  created_at: Date
  ack_due_at: Date | null
  answer_due_at: Date | null
  acknowledged_at: Date | null
  answered_at: Date | null
  closed_at: Date | null
  due_at: Date | null
  warn_at: Date | null
  supervised: boolean
  unreasonable_at: Date | null
  rating_speed: number | null
  rating_attitude: number | null
  rating_result: number | null
  requester_name: string
  contact_phone: string
  confidential: boolean
  requester_employer_union_id: string | null
  cursor_ts: string
}

const SELECT = `t.id, t.number, t.kind, t.category, t.title, t.status, cu.name AS current_union_name,
  t.created_at, t.ack_due_at, t.answer_due_at, t.acknowledged_at, t.answered_at, t.closed_at, t.due_at, t.warn_at,
  EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id AND s.resolved_at IS NULL) AS supervised,
  t.unreasonable_at, t.rating_speed, t.rating_attitude, t.rating_result,
  u.display_name AS requester_name, t.contact_phone, t.confidential, u.employer_union_id AS requester_employer_union_id`
const JOINS = `JOIN unions cu ON cu.id = t.current_union_id JOIN users u ON u.id = t.requester_id`

function hidden(scope: InboxScope, r: Row): boolean {
  if (!r.confidential) return false
  if (scope.own.some((u) => u.id === r.requester_employer_union_id)) return true
  return scope.own.length > 0 && scope.own.every((u) => u.level === 'enterprise')
}

function toExportRow(scope: InboxScope, r: Row, now: Date): InboxExportRow {
  const hide = hidden(scope, r)
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    category: r.category,
    title: r.title,
    status: r.status,
    currentUnionName: r.current_union_name,
    createdAt: r.created_at,
    ackDueAt: r.ack_due_at,
    answerDueAt: r.answer_due_at,
    acknowledgedAt: r.acknowledged_at,
    answeredAt: r.answered_at,
    closedAt: r.closed_at,
    dueLight: dueLight(now, r.due_at, r.warn_at),
    supervised: r.supervised,
    unreasonable: r.unreasonable_at !== null,
    ratingSpeed: r.rating_speed,
    ratingAttitude: r.rating_attitude,
    ratingResult: r.rating_result,
    requesterName: hide ? null : r.requester_name,
    contactPhone: hide ? null : r.contact_phone
  }
}

/**
 * Every ticket the inbox shows for `scope` (from resolveInboxScope, which also checks
 * `filter.unionId`) and `filter` (inboxFilterSchema's output), in the inbox's order, fetched
 * `batch` rows per query with keyset paging. Each batch is its own statement: run it on the
 * pool (or one REPEATABLE READ transaction if the file must be a single snapshot). `now` fixes
 * the due lights and the light filter for the whole export.
 *
 *   for await (const row of inboxExportRows(db, scope, filter, now)) sheet.addRow(…)
 */
export async function* inboxExportRows(
  db: Queryable,
  scope: InboxScope,
  filter: InboxConditions & { sort: InboxSort },
  now: Date,
  batch = 1000
): AsyncGenerator<InboxExportRow, void, undefined> {
  let cursor: KeysetCursor | undefined
  for (;;) {
    const sql = inboxPageSql(scope, filter, now, { cursor, limit: batch, select: SELECT, joins: JOINS })
    const { rows } = await db.query<Row>(sql.text, sql.values)
    for (const r of rows) yield toExportRow(scope, r, now)
    const last = rows[rows.length - 1]
    if (rows.length < batch || !last) return
    cursor = { key: last.cursor_ts, id: last.id }
  }
}
