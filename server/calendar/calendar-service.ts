// The working calendar as it stands now: the package's data (read once) plus the admins'
// overrides (read per use, so every replica sees a new entry at once; the table is tiny).
import type { Queryable } from '../db/pool'
import { WorkingCalendar, type CalendarOverride, type CalendarSource } from './working-days'

/** How far ahead the workbench looks for years without holiday data: from October on,
 * deadlines set now can reach into next year. */
export const HOLIDAY_WARNING_DAYS = 90

export interface CalendarService {
  load(db: Queryable): Promise<WorkingCalendar>
  /** The calendar from overrides and confirmed years the caller has already read. */
  with(overrides: readonly CalendarOverride[], confirmedYears: readonly number[]): WorkingCalendar
}

export function createCalendarService(source: CalendarSource): CalendarService {
  return {
    async load(db) {
      const { rows } = await db.query<{ day: string; kind: 'holiday' | 'workday' }>(
        "SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_overrides WHERE removed_at IS NULL"
      )
      const years = await db.query<{ year: number }>('SELECT year FROM calendar_years')
      return new WorkingCalendar(source, rows.map((r) => ({ date: r.day, kind: r.kind })), years.rows.map((r) => r.year))
    },
    with(overrides, confirmedYears) {
      return new WorkingCalendar(source, overrides, confirmedYears)
    }
  }
}
