// The working calendar as it stands now: the package's data (read once) plus the admins'
// overrides (read per use, so every replica sees a new entry at once; the table is tiny).
import type { Queryable } from '../db/pool'
import { WorkingCalendar, type CalendarSource } from './working-days'

export interface CalendarService {
  load(db: Queryable): Promise<WorkingCalendar>
}

export function createCalendarService(source: CalendarSource): CalendarService {
  return {
    async load(db) {
      const { rows } = await db.query<{ day: string; kind: 'holiday' | 'workday' }>(
        "SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_overrides WHERE removed_at IS NULL"
      )
      const years = await db.query<{ year: number }>('SELECT year FROM calendar_years')
      return new WorkingCalendar(source, rows.map((r) => ({ date: r.day, kind: r.kind })), years.rows.map((r) => r.year))
    }
  }
}
