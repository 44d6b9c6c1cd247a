import type { Page, TicketSummary } from '../../types/api'
import type { TicketStatus } from '../../types/enums'
import { OPEN_STATUSES } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { invalid } from '../errors'
import { toSummary } from './ticket-view'
import type { TicketRow } from './ticket-repo'

type SummaryRow = Pick<TicketRow, 'id' | 'number' | 'kind' | 'status' | 'title' | 'category' | 'target_union_id' | 'target_union_name' | 'created_at' | 'updated_at'> & {
  /** created_at at full microsecond precision; a JS Date would round it and skip rows. */
  cursor_ts: string
}

const SUMMARY_COLUMNS = `t.id, t.number, t.kind, t.status, t.title, t.category, t.target_union_id,
  un.name AS target_union_name, t.created_at, t.updated_at,
  to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts`

// Keyset paging on (created_at, id): stable under inserts and cheap at any depth.
interface Cursor {
  createdAt: string
  id: string
}
function encodeCursor(row: SummaryRow): string {
  return Buffer.from(`${row.cursor_ts}|${row.id}`).toString('base64url')
}
function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|')
  if (!createdAt || !id || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(createdAt) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalid({ cursor: '分页参数无效，请刷新列表' })
  }
  return { createdAt, id }
}

function toPage(rows: SummaryRow[], limit: number): Page<TicketSummary> {
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items: items.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}

export async function listMyTickets(db: Queryable, userId: string, cursor: string | undefined, limit: number): Promise<Page<TicketSummary>> {
  const c = decodeCursor(cursor)
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM tickets t JOIN unions un ON un.id = t.target_union_id
     WHERE t.requester_id = $1 AND ($2::timestamptz IS NULL OR (t.created_at, t.id) < ($2, $3::uuid))
     ORDER BY t.created_at DESC, t.id DESC LIMIT $4`,
    [userId, c?.createdAt ?? null, c?.id ?? null, limit + 1]
  )
  return toPage(rows, limit)
}

export type InboxFilter = TicketStatus | 'open'

/** Tickets addressed to any union in the subtrees this cadre serves. */
export async function listInbox(db: Queryable, userId: string, filter: InboxFilter, cursor: string | undefined, limit: number): Promise<Page<TicketSummary>> {
  const c = decodeCursor(cursor)
  const statuses: readonly TicketStatus[] = filter === 'open' ? OPEN_STATUSES : [filter]
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM tickets t JOIN unions un ON un.id = t.target_union_id
     WHERE t.status = ANY($2::text[])
       AND EXISTS (SELECT 1 FROM union_cadres uc JOIN unions cu ON cu.id = uc.union_id
                   WHERE uc.user_id = $1 AND un.path LIKE cu.path || '%')
       AND ($3::timestamptz IS NULL OR (t.created_at, t.id) < ($3, $4::uuid))
     ORDER BY t.created_at DESC, t.id DESC LIMIT $5`,
    [userId, statuses, c?.createdAt ?? null, c?.id ?? null, limit + 1]
  )
  return toPage(rows, limit)
}

export async function isCadre(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM union_cadres WHERE user_id = $1 LIMIT 1', [userId])
  return (rowCount ?? 0) > 0
}
