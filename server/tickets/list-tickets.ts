import type { Page, TicketSummary } from '../../types/api'
import type { TicketStatus } from '../../types/enums'
import { OPEN_STATUSES, TICKET_STATUSES } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { decodeCursor, encodeCursor } from '../http/keyset-cursor'
import { BOOKING_JOIN, BOOKING_SELECT, SUMMARY_FROM, SUMMARY_SELECT, type TicketSummaryRow } from './ticket-repo'
import { toSummary } from './ticket-view'

export type InboxSort = 'created' | 'due'
export type InboxStatus = TicketStatus | 'open' | 'all'

type Row = TicketSummaryRow & {
  /** The sort key at full microsecond precision ('infinity' when no deadline runs); a JS
   * Date would round it and skip rows. */
  cursor_ts: string
}

const ts = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
// Keyset paging on (key, id): stable under inserts and cheap at any depth. Tickets with no
// running deadline sort after all others when sorting by due time.
const SORT_KEY: Record<InboxSort, { expr: string; cursor: string; dir: 'ASC' | 'DESC' }> = {
  created: { expr: 't.created_at', cursor: ts('t.created_at'), dir: 'DESC' },
  due: { expr: "coalesce(t.due_at, 'infinity'::timestamptz)", cursor: `coalesce(${ts('t.due_at')}, 'infinity')`, dir: 'ASC' }
}

function toPage(rows: Row[], limit: number, now: Date, forCadre: boolean): Page<TicketSummary> {
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items: items.map((r) => toSummary(r, now, forCadre)), nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_ts, last.id) : null }
}

export async function listMyTickets(db: Queryable, userId: string, cursor: string | undefined, limit: number, now: Date): Promise<Page<TicketSummary>> {
  const c = decodeCursor(cursor)
  const { rows } = await db.query<Row>(
    `SELECT ${SUMMARY_SELECT}, ${BOOKING_SELECT}, ${SORT_KEY.created.cursor} AS cursor_ts FROM ${SUMMARY_FROM} ${BOOKING_JOIN}
     WHERE t.requester_id = $1 AND ($2::timestamptz IS NULL OR (t.created_at, t.id) < ($2, $3::uuid))
     ORDER BY t.created_at DESC, t.id DESC LIMIT $4`,
    [userId, c?.key ?? null, c?.id ?? null, limit + 1]
  )
  return toPage(rows, limit, now, false)
}

export interface InboxQuery {
  status: InboxStatus
  sort: InboxSort
  supervised: boolean
  cursor?: string
}

/** Tickets handled now by any union in the subtrees this cadre serves (法律援助: their own union's only). */
export async function listInbox(db: Queryable, userId: string, q: InboxQuery, limit: number, now: Date): Promise<Page<TicketSummary>> {
  const c = decodeCursor(q.cursor, { allowInfinity: q.sort === 'due' })
  const statuses: readonly TicketStatus[] = q.status === 'open' ? OPEN_STATUSES : q.status === 'all' ? TICKET_STATUSES : [q.status]
  const sort = SORT_KEY[q.sort]
  const cmp = sort.dir === 'DESC' ? '<' : '>'
  const { rows } = await db.query<Row>(
    `SELECT ${SUMMARY_SELECT}, ${sort.cursor} AS cursor_ts FROM ${SUMMARY_FROM}
     WHERE t.status = ANY($2::text[])
       AND EXISTS (SELECT 1 FROM union_cadres uc JOIN unions mine ON mine.id = uc.union_id
                   WHERE uc.user_id = $1 AND cu.path LIKE mine.path || '%')
       -- 法律援助 is sensitive: only the handling union's own cadres list it.
       AND (t.kind <> 'legal_aid' OR EXISTS (SELECT 1 FROM union_cadres h WHERE h.user_id = $1 AND h.union_id = t.current_union_id))
       AND (NOT $3 OR EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id AND s.resolved_at IS NULL))
       AND ($4::timestamptz IS NULL OR (${sort.expr}, t.id) ${cmp} ($4, $5::uuid))
     ORDER BY ${sort.expr} ${sort.dir}, t.id ${sort.dir} LIMIT $6`,
    [userId, statuses, q.supervised, c?.key ?? null, c?.id ?? null, limit + 1]
  )
  return toPage(rows, limit, now, true)
}
