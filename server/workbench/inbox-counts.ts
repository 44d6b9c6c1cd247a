// The inbox header's figures. Open tickets by status are exact and cheap: they are sums over
// the ticket_stats rollup (005_workbench.sql), a few rows per day whatever the subtree's size.
// Deadline and 督办 figures depend on the clock, so no counter can hold them: they are bounded
// queries that stop after `cap` + 1 tickets (the inbox's own conditions, so a figure and the
// list it opens agree), and anything above the cap is shown as "999+".
import type { CappedCount, InboxCounts } from '../../types/api-workbench'
import { COUNT_CAP } from '../../types/workbench'
import type { Queryable } from '../db/pool'
import { endOfDay } from '../deadlines/clock'
import { shanghaiDate } from '../calendar/working-days'
import { inboxConditions, SqlParams, type InboxConditions } from './inbox-query'
import type { InboxScope } from './inbox-scope'

export function capped(n: number, cap: number): CappedCount {
  return n > cap ? { n: cap, capped: true } : { n, capped: false }
}

/** Open tickets of the scope matching `filter` and `extra` (SQL on `t`, its parameters added
 * to `p`), counted up to cap + 1. */
export async function boundedCount(
  db: Queryable,
  scope: InboxScope,
  now: Date,
  filter: Partial<InboxConditions>,
  cap = COUNT_CAP,
  extra: (p: SqlParams) => string[] = () => []
): Promise<CappedCount> {
  const p = new SqlParams()
  const where = [...inboxConditions(scope, { ...filter, status: filter.status ?? 'open', supervised: filter.supervised ?? false }, now, p), ...extra(p)]
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM tickets t WHERE ${where.join(' AND ')} LIMIT ${p.add(cap + 1)}) x`,
    p.values
  )
  return capped(rows[0]!.n, cap)
}

/** Open tickets by status as the inbox lists them: every kind in the subtrees except 法律援助,
 * which counts only where one of the cadre's own unions handles it — the rollup holds a
 * subtree's figures at its root, so "handled at u itself" is u's row minus its children's. */
// Rows without open tickets add nothing; saying so lets ticket_stats_open_idx answer.
const OPEN = 's.st_submitted + s.st_in_progress + s.st_awaiting_info > 0'

export async function openByStatus(db: Queryable, scope: InboxScope): Promise<InboxCounts['open']> {
  const inScope = new Set(scope.unionIds)
  const legal = scope.own.filter((u) => inScope.has(u.id)).map((u) => u.id)
  const { rows } = await db.query<InboxCounts['open']>(
    `SELECT coalesce(sum(w * st_submitted), 0)::int AS submitted,
            coalesce(sum(w * st_in_progress), 0)::int AS in_progress,
            coalesce(sum(w * st_awaiting_info), 0)::int AS awaiting_info
     FROM (SELECT 1 AS w, s.st_submitted, s.st_in_progress, s.st_awaiting_info FROM ticket_stats s
           WHERE s.union_id = ANY($1::uuid[]) AND s.kind <> 'legal_aid' AND ${OPEN}
           UNION ALL
           SELECT 1, s.st_submitted, s.st_in_progress, s.st_awaiting_info FROM ticket_stats s
           WHERE s.union_id = ANY($2::uuid[]) AND s.kind = 'legal_aid' AND ${OPEN}
           UNION ALL
           SELECT -1, s.st_submitted, s.st_in_progress, s.st_awaiting_info FROM ticket_stats s
           JOIN unions c ON c.id = s.union_id
           WHERE c.parent_id = ANY($2::uuid[]) AND s.kind = 'legal_aid' AND ${OPEN}) x`,
    [scope.roots.map((r) => r.id), legal]
  )
  return rows[0]!
}

export async function inboxCounts(db: Queryable, scope: InboxScope, now: Date, cap = COUNT_CAP): Promise<InboxCounts> {
  const endOfToday = endOfDay(shanghaiDate(now))
  // One after another: `db` may be a single transaction client.
  const open = await openByStatus(db, scope)
  const red = await boundedCount(db, scope, now, { light: 'red' }, cap)
  const yellow = await boundedCount(db, scope, now, { light: 'yellow' }, cap)
  const dueToday = await boundedCount(db, scope, now, {}, cap, (p) => [`t.due_at > ${p.add(now)}`, `t.due_at <= ${p.add(endOfToday)}`])
  const supervised = await boundedCount(db, scope, now, { supervised: true }, cap)
  return { union: scope.picked ? { id: scope.picked.id, name: scope.picked.name } : null, open, red, yellow, dueToday, supervised }
}
