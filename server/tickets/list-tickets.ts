import type { Page, TicketSummary } from '../../types/api'
import type { Queryable } from '../db/pool'
import { decodeCursor, encodeCursor } from '../http/keyset-cursor'
import { BOOKING_JOIN, BOOKING_SELECT, SUMMARY_FROM, SUMMARY_SELECT, type TicketSummaryRow } from './ticket-repo'
import { toSummary } from './ticket-view'
import { INBOX_SORT, inboxPageSql, type InboxConditions, type InboxSort } from '../workbench/inbox-query'
import type { InboxScope } from '../workbench/inbox-scope'

// The inner page query selects `t.*` from tickets; the union names are joined on afterwards.
const SUMMARY_JOINS = 'JOIN unions tu ON tu.id = t.target_union_id JOIN unions cu ON cu.id = t.current_union_id'

type Row = TicketSummaryRow & {
  /** The sort key at full microsecond precision; see INBOX_SORT. */
  cursor_ts: string
}

function toPage(rows: Row[], limit: number, now: Date, forCadre: boolean): Page<TicketSummary> {
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items: items.map((r) => toSummary(r, now, forCadre)), nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_ts, last.id) : null }
}

export async function listMyTickets(db: Queryable, userId: string, cursor: string | undefined, limit: number, now: Date): Promise<Page<TicketSummary>> {
  const c = decodeCursor(cursor)
  const { rows } = await db.query<Row>(
    `SELECT ${SUMMARY_SELECT}, ${BOOKING_SELECT}, ${INBOX_SORT.created.cursor} AS cursor_ts FROM ${SUMMARY_FROM} ${BOOKING_JOIN}
     WHERE t.requester_id = $1 AND ($2::timestamptz IS NULL OR (t.created_at, t.id) < ($2, $3::uuid))
     ORDER BY t.created_at DESC, t.id DESC LIMIT $4`,
    [userId, c?.key ?? null, c?.id ?? null, limit + 1]
  )
  return toPage(rows, limit, now, false)
}

/** One page of the cadre's inbox: `scope` from resolveInboxScope, `filter` from inboxFilterSchema. */
export async function listInbox(
  db: Queryable,
  scope: InboxScope,
  filter: InboxConditions & { sort: InboxSort },
  cursor: string | undefined,
  limit: number,
  now: Date
): Promise<Page<TicketSummary>> {
  const c = decodeCursor(cursor, { allowInfinity: filter.sort === 'due' })
  const sql = inboxPageSql(scope, filter, now, { cursor: c, limit: limit + 1, select: SUMMARY_SELECT, joins: SUMMARY_JOINS })
  const { rows } = await db.query<Row>(sql.text, sql.values)
  return toPage(rows, limit, now, true)
}
