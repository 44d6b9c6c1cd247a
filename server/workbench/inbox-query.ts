// The inbox filter as SQL: one WHERE clause and one keyset ORDER BY shared by the inbox pages,
// the 台账 export and the bounded counts, so a list, its export and its counts cannot disagree.
// Built to stay fast at a province's million tickets: the scope is `current_union_id =
// ANY(ids)` (not a join on union paths), so the planner picks per-union index scans for a
// small subtree and walks the global (created_at, id) / due indexes of 006_inbox_indexes.sql for
// a large one; paging is keyset only.
import { OPEN_STATUSES, TICKET_STATUSES, type DueLight, type TicketStatus } from '../../types/enums'
import type { InboxFilter } from '../../types/schemas/workbench'
import { endOfDay } from '../deadlines/clock'
import type { KeysetCursor } from '../http/keyset-cursor'
import type { InboxScope } from './inbox-scope'

/** Positional parameters collected while a statement is written. */
export class SqlParams {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

export type InboxSort = InboxFilter['sort']
/** What the filter needs besides the scope; `unionId` is already resolved into the scope. */
export type InboxConditions = Omit<InboxFilter, 'unionId' | 'sort' | 'q'> & { q?: string }

const ts = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/** Keyset order: (key, id), newest first or nearest deadline first. Tickets with no running
 * deadline sort after all others by due. `cursor` is the key at full microsecond precision
 * ('infinity' when no deadline runs); a JS Date would round it and skip rows. */
export const INBOX_SORT: Record<InboxSort, { expr: string; cursor: string; dir: 'ASC' | 'DESC' }> = {
  created: { expr: 't.created_at', cursor: ts('t.created_at'), dir: 'DESC' },
  due: { expr: "coalesce(t.due_at, 'infinity'::timestamptz)", cursor: `coalesce(${ts('t.due_at')}, 'infinity')`, dir: 'ASC' }
}

export function statusesOf(status: InboxFilter['status']): readonly TicketStatus[] {
  return status === 'open' ? OPEN_STATUSES : status === 'all' ? TICKET_STATUSES : [status]
}

/** `LIKE` pattern matching `q` anywhere, its wildcards taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`)

/** The same meaning as dueLight() in server/deadlines/clock.ts. Sorted by due, the same bound
 * is also put on the sort key (it follows from the light) so the walk starts at the range. */
function lightCondition(light: DueLight, sort: InboxSort | undefined, now: string): string {
  const key = sort === 'due' ? INBOX_SORT.due.expr : null
  if (light === 'red') return `t.due_at <= ${now}${key ? ` AND ${key} <= ${now}` : ''}`
  const running = `t.due_at > ${now}${key ? ` AND ${key} > ${now}` : ''}`
  return light === 'yellow' ? `${running} AND t.warn_at <= ${now}` : `${running} AND (t.warn_at IS NULL OR t.warn_at > ${now})`
}

/** The conditions on `tickets t` for this scope and filter (joined with AND). `sort` only
 * shapes them for the planner, never changes which rows match. */
export function inboxConditions(scope: InboxScope, f: InboxConditions, now: Date, p: SqlParams, sort?: InboxSort): string[] {
  const own = scope.own.map((u) => u.id)
  const where = [
    `t.current_union_id = ANY(${p.add(scope.unionIds)}::uuid[])`,
    // Also keeps 托班 sign-ups (status null) out.
    `t.status = ANY(${p.add(statusesOf(f.status))}::text[])`,
    // 法律援助 is sensitive: only the handling union's own cadres list it.
    `(t.kind <> 'legal_aid' OR t.current_union_id = ANY(${p.add(own)}::uuid[]))`
  ]
  if (f.kind) where.push(`t.kind = ${p.add(f.kind)}`)
  if (f.category) where.push(`t.category = ${p.add(f.category)}`)
  if (f.light) where.push(lightCondition(f.light, sort, p.add(now)))
  if (f.from) where.push(`t.created_at >= ${p.add(shanghaiMidnight(f.from))}`)
  if (f.to) where.push(`t.created_at < ${p.add(endOfDay(f.to))}`)
  if (f.q) {
    const like = p.add(containsPattern(f.q))
    where.push(`(t.number ILIKE ${like} OR t.title ILIKE ${like})`)
  }
  if (f.supervised) where.push('EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id AND s.resolved_at IS NULL)')
  return where
}

/** Rows after the cursor, and the ORDER BY that makes them a keyset page. */
export function keysetClause(sort: InboxSort, cursor: KeysetCursor | undefined, p: SqlParams): { after: string | null; orderBy: string } {
  const s = INBOX_SORT[sort]
  const cmp = s.dir === 'DESC' ? '<' : '>'
  const after = cursor ? `(${s.expr}, t.id) ${cmp} (${p.add(cursor.key)}::timestamptz, ${p.add(cursor.id)}::uuid)` : null
  return { after, orderBy: `${s.expr} ${s.dir}, t.id ${s.dir}` }
}

/** How many tickets in list order a text search reads before it falls back to a scan. */
const SEARCH_WINDOW = 200

/**
 * Ids of one page of a text search. How many tickets match is unknown to the planner (a
 * number prefix matches nearly all, a rare word none), so neither plan is safe on its own:
 * walking the list order stops early for a common match but reads the whole province for a
 * rare one; scanning the scope's tickets is bounded but always reads all of them. So: walk the
 * first SEARCH_WINDOW tickets in list order (the common case ends here), and only when that
 * window does not fill the page, scan the scope's tickets after the window's last one. Exact
 * either way: the window's matches are the first ones, the rest come after its edge.
 */
function searchIdsSql(where: string[], match: string, sort: InboxSort, limit: string): string {
  const { expr, dir } = INBOX_SORT[sort]
  const orderBy = `${expr} ${dir}, t.id ${dir}`
  const base = where.join('\n      AND ')
  // The window is found on the index alone; only its rows are read for number and title.
  return `WITH win AS MATERIALIZED (
      SELECT w.id, w.created_at, w.due_at, x.number, x.title
      FROM (SELECT t.id, t.created_at, t.due_at FROM tickets t WHERE ${base} ORDER BY ${orderBy} LIMIT ${SEARCH_WINDOW}) w
      JOIN tickets x ON x.id = w.id),
    hits AS (SELECT t.id, t.created_at, t.due_at FROM win t WHERE ${match}),
    more AS MATERIALIZED (
      SELECT t.id, t.created_at, t.due_at FROM tickets t WHERE ${base} AND ${match}
        AND (${expr}, t.id) ${dir === 'DESC' ? '<' : '>'} (SELECT ${expr}, t.id FROM win t ORDER BY ${orderBy} OFFSET ${SEARCH_WINDOW - 1} LIMIT 1)
        AND (SELECT count(*) FROM hits) < ${limit})
    SELECT t.id FROM (SELECT * FROM hits UNION ALL SELECT * FROM more) t ORDER BY ${orderBy} LIMIT ${limit}`
}

/**
 * One keyset page of the filtered tickets. The filter, order and LIMIT run first on ticket ids
 * alone — so the planner can answer them from an index (006_inbox_indexes.sql) — then the
 * page's rows are fetched and `select` (columns over `t`; `cursor_ts` is added) is joined on
 * for them only. `joins` may use `t`.
 */
export function inboxPageSql(
  scope: InboxScope,
  filter: InboxConditions & { sort: InboxSort },
  now: Date,
  page: { cursor?: KeysetCursor; limit: number; select: string; joins: string }
): { text: string; values: unknown[] } {
  const p = new SqlParams()
  const { q, ...rest } = filter
  const where = inboxConditions(scope, rest, now, p, filter.sort)
  const { after, orderBy } = keysetClause(filter.sort, page.cursor, p)
  if (after) where.push(after)
  const limit = p.add(page.limit)
  let ids = `SELECT t.id FROM tickets t WHERE ${where.join('\n      AND ')} ORDER BY ${orderBy} LIMIT ${limit}`
  if (q) {
    const like = p.add(containsPattern(q))
    ids = searchIdsSql(where, `(t.number ILIKE ${like} OR t.title ILIKE ${like})`, filter.sort, limit)
  }
  const text = `SELECT ${page.select}, ${INBOX_SORT[filter.sort].cursor} AS cursor_ts
    FROM (${ids}) page
    JOIN tickets t ON t.id = page.id
    ${page.joins}
    ORDER BY ${orderBy}`
  return { text, values: p.values }
}
