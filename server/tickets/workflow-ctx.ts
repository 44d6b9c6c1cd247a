import type { CalendarService } from '../calendar/calendar-service'
import type { Db } from '../db/pool'

/** What the workflow's use cases need besides the request: the database, the time (a clock
 * tests can move), the working calendar, and where queued WeChat messages go after commit. */
export interface WorkflowCtx {
  db: Db
  now: () => Date
  calendar: CalendarService
  subscribeTemplateId: string | undefined
  autoConfirmDays: number
  /** Called after commit with the outbox rows the transaction queued. */
  afterCommit: (outboxIds: string[]) => void
}
