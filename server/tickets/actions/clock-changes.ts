// The deadline columns an action sets, in one place so every action keeps them consistent.
import type { TicketKind } from '../../../types/enums'
import type { WorkingCalendar } from '../../calendar/working-days'
import type { Queryable } from '../../db/pool'
import { deadlineFrom, warnAtFor } from '../../deadlines/clock'
import { resolvePolicy } from '../../deadlines/policy'
import type { TicketChanges } from '../ticket-repo'

/** The answer clock runs: due at the answer deadline. */
export function runAnswerClock(cal: WorkingCalendar, answerDueAt: Date): TicketChanges {
  return { answer_due_at: answerDueAt, due_at: answerDueAt, warn_at: warnAtFor(cal, answerDueAt) }
}

/** No clock runs (paused, answered, or finished). */
export const STOP_CLOCK: TicketChanges = { due_at: null, warn_at: null }

/** A union receives the ticket (派单, 转办, 退单): it owes an acknowledgement by its own
 * deadline, and never more time than the answer promised to the worker. */
export async function arrivalClock(
  db: Queryable,
  cal: WorkingCalendar,
  t: { kind: TicketKind; urgent: boolean; answer_due_at: Date | null },
  unionId: string,
  now: Date
): Promise<TicketChanges> {
  const policy = await resolvePolicy(db, unionId, t.kind, t.urgent)
  const ack = deadlineFrom(cal, now, policy.ackDays)
  const answer = t.answer_due_at ?? deadlineFrom(cal, now, policy.answerDays).dueAt
  const due = answer.getTime() < ack.dueAt.getTime() ? answer : ack.dueAt
  return { ack_due_at: ack.dueAt, answer_due_at: answer, due_at: due, warn_at: warnAtFor(cal, due) }
}
