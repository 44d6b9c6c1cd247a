// The deadline columns an action sets, in one place so every action keeps them consistent.
import type { TicketKind } from '../../../types/enums'
import type { WorkingCalendar } from '../../calendar/working-days'
import type { Queryable } from '../../db/pool'
import { deadlineFrom, warnAtFor } from '../../deadlines/clock'
import { resolvePolicy, type Policy } from '../../deadlines/policy'
import type { TicketChanges } from '../ticket-repo'

/** The answer clock runs: due at the answer deadline. */
export function runAnswerClock(cal: WorkingCalendar, answerDueAt: Date): TicketChanges {
  return { answer_due_at: answerDueAt, due_at: answerDueAt, warn_at: warnAtFor(cal, answerDueAt) }
}

/** No clock runs (paused, answered, or finished). */
export const STOP_CLOCK: TicketChanges = { due_at: null, warn_at: null }

/** The clocks of a union that has just received a ticket: acknowledge within its own
 * deadline, and never later than the answer promised to the worker (`answerDueAt`, or a new
 * promise by the policy when there is none yet). */
export interface OpeningClock {
  ack_due_at: Date
  answer_due_at: Date
  due_at: Date
  warn_at: Date
}

export function openingClock(cal: WorkingCalendar, now: Date, policy: Policy, answerDueAt: Date | null): OpeningClock {
  const ack = deadlineFrom(cal, now, policy.ackDays).dueAt
  const answer = answerDueAt ?? deadlineFrom(cal, now, policy.answerDays).dueAt
  const due = answer.getTime() < ack.getTime() ? answer : ack
  return { ack_due_at: ack, answer_due_at: answer, due_at: due, warn_at: warnAtFor(cal, due) }
}

/** A union receives the ticket (派单, 转办, 退单). */
export async function arrivalClock(
  db: Queryable,
  cal: WorkingCalendar,
  t: { kind: TicketKind; urgent: boolean; answer_due_at: Date | null },
  unionId: string,
  now: Date
): Promise<OpeningClock> {
  return openingClock(cal, now, await resolvePolicy(db, unionId, t.kind, t.urgent), t.answer_due_at)
}

/** The answer deadline promised to the worker. Tickets from before deadlines existed have
 * none; they get one from now by the handling union's policy. */
export async function answerDueOf(
  db: Queryable,
  cal: WorkingCalendar,
  t: { kind: TicketKind; urgent: boolean; answer_due_at: Date | null; current_union_id: string },
  now: Date
): Promise<Date> {
  if (t.answer_due_at) return t.answer_due_at
  return deadlineFrom(cal, now, (await resolvePolicy(db, t.current_union_id, t.kind, t.urgent)).answerDays).dueAt
}
