// What a cadre should look at first, over the unions they serve. Each figure is a bounded
// query over the inbox's own conditions (open tickets the cadre may list) that stops after
// COUNT_CAP + 1 tickets, so a province cadre's alerts cost the same as a township's; a figure
// of COUNT_CAP means "that many or more".
import type { WorkbenchAlerts } from '../../types/api'
import { COUNT_CAP } from '../../types/workbench'
import type { AppDeps } from '../app-deps'
import { HOLIDAY_WARNING_DAYS } from '../calendar/calendar-service'
import { boundedCount } from '../workbench/inbox-counts'
import { resolveInboxScope } from '../workbench/inbox-scope'

const pendingExtension = () => ["EXISTS (SELECT 1 FROM ticket_extensions e WHERE e.ticket_id = t.id AND e.status = 'pending')"]

export async function workbenchAlerts(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar'>, userId: string, cap = COUNT_CAP): Promise<WorkbenchAlerts> {
  const now = deps.clock()
  const cal = await deps.calendar.load(deps.db)
  const scope = await resolveInboxScope(deps.db, userId)
  const overdue = await boundedCount(deps.db, scope, now, { light: 'red' }, cap)
  const dueSoon = await boundedCount(deps.db, scope, now, { light: 'yellow' }, cap)
  const supervised = await boundedCount(deps.db, scope, now, { supervised: true }, cap)
  const pendingExtensions = await boundedCount(deps.db, scope, now, {}, cap, pendingExtension)
  return {
    missingHolidayYears: cal.missingYears(now, HOLIDAY_WARNING_DAYS),
    overdue: overdue.n,
    dueSoon: dueSoon.n,
    supervised: supervised.n,
    pendingExtensions: pendingExtensions.n
  }
}
