import type { CalendarOverrideView, ConfirmedYear } from '../../types/api'
import type { CalendarDayKind } from '../../types/enums'
import type { Queryable } from '../db/pool'

interface OverrideRow {
  day: string
  kind: CalendarDayKind
  note: string
  entered_by: string
  entered_at: Date
}

export async function listOverrides(db: Queryable): Promise<CalendarOverrideView[]> {
  const { rows } = await db.query<OverrideRow>(
    `SELECT to_char(o.day, 'YYYY-MM-DD') AS day, o.kind, o.note, u.display_name AS entered_by, o.entered_at
     FROM calendar_overrides o JOIN users u ON u.id = o.entered_by
     WHERE o.removed_at IS NULL ORDER BY o.day`
  )
  return rows.map((r) => ({ date: r.day, kind: r.kind, note: r.note, enteredBy: r.entered_by, enteredAt: r.entered_at.toISOString() }))
}

/** Replaces the live entry for that day, keeping the old one on record as removed. */
export async function putOverride(db: Queryable, o: { date: string; kind: CalendarDayKind; note: string; userId: string }): Promise<void> {
  // Two admins entering the same day at once take turns instead of colliding on the index.
  await db.query("SELECT pg_advisory_xact_lock(hashtext('calendar_override:' || $1))", [o.date])
  await db.query('UPDATE calendar_overrides SET removed_at = now(), removed_by = $2 WHERE day = $1 AND removed_at IS NULL', [o.date, o.userId])
  await db.query('INSERT INTO calendar_overrides (day, kind, note, entered_by) VALUES ($1, $2, $3, $4)', [o.date, o.kind, o.note, o.userId])
}

export async function removeOverride(db: Queryable, date: string, userId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE calendar_overrides SET removed_at = now(), removed_by = $2 WHERE day = $1 AND removed_at IS NULL',
    [date, userId]
  )
  return (rowCount ?? 0) > 0
}

export async function listConfirmedYears(db: Queryable): Promise<ConfirmedYear[]> {
  const { rows } = await db.query<{ year: number; confirmed_by: string; confirmed_at: Date }>(
    `SELECT y.year, u.display_name AS confirmed_by, y.confirmed_at
     FROM calendar_years y JOIN users u ON u.id = y.confirmed_by ORDER BY y.year`
  )
  return rows.map((r) => ({ year: r.year, confirmedBy: r.confirmed_by, confirmedAt: r.confirmed_at.toISOString() }))
}

export async function confirmYear(db: Queryable, year: number, userId: string): Promise<void> {
  await db.query(
    `INSERT INTO calendar_years (year, confirmed_by) VALUES ($1, $2)
     ON CONFLICT (year) DO UPDATE SET confirmed_by = EXCLUDED.confirmed_by, confirmed_at = now()`,
    [year, userId]
  )
}

export async function unconfirmYear(db: Queryable, year: number): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM calendar_years WHERE year = $1', [year])
  return (rowCount ?? 0) > 0
}
