// What a cadre should look at first, over the unions they serve. Counts are bounded to what
// a person can act on (open tickets of their subtree); the dashboard issue adds counters.
import type { WorkbenchAlerts } from '../../types/api'
import type { AppDeps } from '../app-deps'
import { HOLIDAY_WARNING_DAYS } from '../calendar/calendar-service'

export async function workbenchAlerts(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar'>, userId: string): Promise<WorkbenchAlerts> {
  const now = deps.clock()
  const cal = await deps.calendar.load(deps.db)
  const { rows } = await deps.db.query<{ overdue: number; due_soon: number; supervised: number; pending_extensions: number }>(
    `WITH mine AS (
       SELECT t.id, t.due_at, t.warn_at FROM tickets t JOIN unions cu ON cu.id = t.current_union_id
       WHERE t.status IN ('submitted', 'in_progress', 'awaiting_info')
         AND EXISTS (SELECT 1 FROM union_cadres uc JOIN unions m ON m.id = uc.union_id
                     WHERE uc.user_id = $1 AND cu.path LIKE m.path || '%'))
     SELECT count(*) FILTER (WHERE due_at <= $2)::int AS overdue,
            count(*) FILTER (WHERE warn_at <= $2 AND due_at > $2)::int AS due_soon,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = mine.id AND s.resolved_at IS NULL))::int AS supervised,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ticket_extensions e WHERE e.ticket_id = mine.id AND e.status = 'pending'))::int AS pending_extensions
     FROM mine`,
    [userId, now]
  )
  const r = rows[0]!
  return {
    missingHolidayYears: cal.missingYears(now, HOLIDAY_WARNING_DAYS),
    overdue: r.overdue,
    dueSoon: r.due_soon,
    supervised: r.supervised,
    pendingExtensions: r.pending_extensions
  }
}
