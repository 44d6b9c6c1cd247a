// What is true of open tickets right now, whatever the range: running deadlines and 督办 as
// bounded counts (COUNT_CAP; they are for acting on, "999+" is enough), and the tickets owed
// a 签收 past their deadline, which the 响应率 needs and the rollup cannot hold. Only open
// tickets are read, through the indexes on their handling union and on due_at.
import type { CappedCount } from '../../types/api-workbench'
import { COUNT_CAP } from '../../types/workbench'
import type { Queryable } from '../db/pool'
import { shanghaiDate } from '../calendar/working-days'
import { endOfDay } from '../deadlines/clock'
import { weekStartSql } from './dashboard-range'
import type { ScopedUnion } from './dashboard-scope'

export interface LiveCounts {
  dueToday: CappedCount
  yellow: CappedCount
  red: CappedCount
  supervised: CappedCount
}

const OPEN_IN_SUBTREE = `FROM tickets t JOIN unions u ON u.id = t.current_union_id
  WHERE u.path LIKE $1 || '%' AND t.status IN ('submitted', 'in_progress', 'awaiting_info')`
const bounded = (condition: string, name: string) =>
  `(SELECT count(*) FROM (SELECT 1 ${OPEN_IN_SUBTREE} AND ${condition} LIMIT $4) x)::int AS ${name}`

const capped = (n: number): CappedCount => ({ n: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP })

/** Lights as on the inbox (server/deadlines/clock.ts dueLight): red once the running deadline
 * has passed, yellow from warn_at until then; "due today" = not yet red, due by the end of
 * today (a deadline is the end of its day). 督办 = open with an unresolved supervision. */
export async function liveCounts(db: Queryable, union: ScopedUnion, now: Date, today: string): Promise<LiveCounts> {
  const { rows } = await db.query<Record<keyof LiveCounts, number>>(
    `SELECT ${bounded('t.due_at <= $2', 'red')},
            ${bounded('t.warn_at <= $2 AND t.due_at > $2', 'yellow')},
            ${bounded('t.due_at > $2 AND t.due_at <= $3', '"dueToday"')},
            ${bounded('EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id AND s.resolved_at IS NULL)', 'supervised')}`,
    [union.path, now, endOfDay(today), COUNT_CAP + 1]
  )
  const r = rows[0]!
  return { dueToday: capped(r.dueToday), yellow: capped(r.yellow), red: capped(r.red), supervised: capped(r.supervised) }
}

export interface OverdueUnacknowledged {
  total: number
  byWeek: Map<string, number>
  /** By direct child union of the dashboard's union (tickets at the union itself are in no child). */
  byChild: Map<string, number>
}

/** Tickets submitted in [fromAt, toAt) in the subtree, never 签收 and past their 签收 deadline
 * (not 不合理诉求): the part of the 响应率 denominator that is not in the rollup. Exact, not
 * capped — it is a denominator. For a small subtree this reads each union's 待签收 range of
 * tickets_current_union_idx; for a province no index singles these few tickets out, and the
 * planner reads the table (≈ 250 ms at 1 M tickets) — a partial index on tickets WHERE
 * status = 'submitted' AND acknowledged_at IS NULL would make it a few tens of ms. */
export async function overdueUnacknowledged(db: Queryable, union: ScopedUnion, fromAt: Date, toAt: Date, now: Date): Promise<OverdueUnacknowledged> {
  const { rows } = await db.query<{ child: string; week: Date; n: number }>(
    `SELECT split_part(substr(u.path, length($1) + 1), '/', 1) AS child, ${weekStartSql('t.created_at')} AS week, count(*)::int AS n
     FROM tickets t JOIN unions u ON u.id = t.current_union_id
     WHERE u.path LIKE $1 || '%' AND t.status = 'submitted' AND t.acknowledged_at IS NULL
       AND t.unreasonable_at IS NULL AND t.ack_due_at < $4 AND t.created_at >= $2 AND t.created_at < $3
     GROUP BY 1, 2`,
    [union.path, fromAt, toAt, now]
  )
  const out: OverdueUnacknowledged = { total: 0, byWeek: new Map(), byChild: new Map() }
  for (const r of rows) {
    const week = shanghaiDate(r.week)
    out.total += r.n
    out.byWeek.set(week, (out.byWeek.get(week) ?? 0) + r.n)
    if (r.child) out.byChild.set(r.child, (out.byChild.get(r.child) ?? 0) + r.n)
  }
  return out
}
