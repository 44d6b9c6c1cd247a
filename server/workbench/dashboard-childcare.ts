// 爱心托班 on the dashboard: how full each class of the subtree is, and sign-ups per week.
// Sign-ups are not in ticket_stats (a sign-up burst must not queue on its rows); both reads
// here are bounded by the subtree's classes and the range's sign-ups.
import type { ClassFill } from '../../types/api-workbench'
import { shanghaiDate } from '../calendar/working-days'
import type { Queryable } from '../db/pool'
import { weekStartSql } from './dashboard-range'
import type { ScopedUnion } from './dashboard-scope'

/** More classes than this are not listed (soonest first); a subtree that large is read
 * class by class in 托班管理, not on one chart. */
export const CLASS_LIMIT = 200

interface ClassRow {
  id: string
  title: string
  unionId: string
  unionName: string
  seats: number
  taken: number
  waitlist: number
}

/** Published classes of the subtree with a period that overlaps [from, to] or has not ended
 * yet (so an upcoming summer shows while sign-ups run). Seats, taken and waitlist are the
 * period counters summed over the class: taken = seats in use (待审核, 报名成功, 待确认),
 * waitlist = children 候补. A lottery class before its draw has taken no seats yet. */
export async function classFill(db: Queryable, union: ScopedUnion, from: string, to: string, today: string): Promise<ClassFill[]> {
  const { rows } = await db.query<ClassRow>(
    `SELECT c.id, c.title, u.id AS "unionId", u.name AS "unionName",
            sum(p.capacity)::int AS seats, sum(p.taken)::int AS taken, sum(p.waiting)::int AS waitlist
     FROM unions u JOIN childcare_classes c ON c.union_id = u.id JOIN childcare_periods p ON p.class_id = c.id
     WHERE u.path LIKE $1 || '%' AND c.published_at IS NOT NULL
     GROUP BY c.id, u.id
     HAVING bool_or(p.start_date <= $3::date AND p.end_date >= $2::date) OR max(p.end_date) >= $4::date
     ORDER BY min(p.start_date), c.title, c.id
     LIMIT $5`,
    [union.path, from, to, today, CLASS_LIMIT]
  )
  return rows.map((r) => ({
    classId: r.id,
    name: r.title,
    union: { id: r.unionId, name: r.unionName },
    seats: r.seats,
    taken: r.taken,
    fillRate: r.seats > 0 ? r.taken / r.seats : null,
    waitlist: r.waitlist
  }))
}

/** 托班 sign-ups per week (Monday, Shanghai) made in [fromAt, toAt) in classes of the subtree.
 * A sign-up is a ticket at its class's union whose status is NULL — the CHECK
 * tickets_status_by_kind makes that exactly kind 'childcare' — so this reads the
 * (current_union_id, status, created_at) index of the unions that run classes only, without
 * touching the table. */
export async function signUpsByWeek(db: Queryable, union: ScopedUnion, fromAt: Date, toAt: Date): Promise<Map<string, number>> {
  const { rows } = await db.query<{ week: Date; n: number }>(
    `SELECT ${weekStartSql('t.created_at')} AS week, count(*)::int AS n
     FROM tickets t
     WHERE t.current_union_id IN (SELECT c.union_id FROM childcare_classes c JOIN unions u ON u.id = c.union_id WHERE u.path LIKE $1 || '%')
       AND t.status IS NULL AND t.created_at >= $2 AND t.created_at < $3
     GROUP BY 1`,
    [union.path, fromAt, toAt]
  )
  return new Map(rows.map((r) => [shanghaiDate(r.week), r.n]))
}
