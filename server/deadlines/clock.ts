// Deadline arithmetic on top of the working-day calendar. A deadline is the end (24:00,
// Asia/Shanghai) of a working day; its light turns yellow when only that one working day is
// left, red when it has passed. Pure: callers pass the calendar and the instant.
import type { DueLight } from '../../types/enums'
import { addDays, shanghaiDate, type WorkingCalendar } from '../calendar/working-days'

const SHANGHAI = '+08:00'

/** The instant a Shanghai calendar day ends. */
export function endOfDay(date: string): Date {
  return new Date(`${addDays(date, 1)}T00:00:00${SHANGHAI}`)
}

/** The Shanghai date a deadline instant belongs to (the last day one may still act). */
export function dueDate(dueAt: Date): string {
  return shanghaiDate(new Date(dueAt.getTime() - 1))
}

export interface Deadline {
  dueAt: Date
  warnAt: Date
}

export function warnAtFor(cal: WorkingCalendar, dueAt: Date): Date {
  return endOfDay(cal.previousWorkingDay(dueDate(dueAt)))
}

/** `days` working days after the day of `from`. */
export function deadlineFrom(cal: WorkingCalendar, from: Date, days: number): Deadline {
  const dueAt = endOfDay(cal.addWorkingDays(from, days))
  return { dueAt, warnAt: warnAtFor(cal, dueAt) }
}

/** A deadline pushed back by `days` working days (延期, or the time paused for material). */
export function extendDeadline(cal: WorkingCalendar, dueAt: Date, days: number): Deadline {
  const moved = endOfDay(cal.addWorkingDaysTo(dueDate(dueAt), days))
  return { dueAt: moved, warnAt: warnAtFor(cal, moved) }
}

/** Working days the clock stood still: those from the pause's day up to, not including, the
 * day work resumed. Paused and resumed the same day costs nothing. */
export function pausedWorkingDays(cal: WorkingCalendar, pausedAt: Date, resumedAt: Date): number {
  const from = shanghaiDate(pausedAt)
  const to = shanghaiDate(resumedAt)
  if (to <= from) return 0
  return cal.workingDaysBetween(addDays(from, -1), addDays(to, -1))
}

/** Working days left including today (1 on the due day); zero or negative once overdue. */
export function workingDaysLeft(cal: WorkingCalendar, dueAt: Date, now: Date): number {
  const today = shanghaiDate(now)
  const due = dueDate(dueAt)
  if (now.getTime() >= dueAt.getTime()) return -cal.workingDaysBetween(due, today)
  return cal.workingDaysBetween(addDays(today, -1), due)
}

export function dueLight(now: Date, dueAt: Date | null, warnAt: Date | null): DueLight | null {
  if (!dueAt) return null
  if (now.getTime() >= dueAt.getTime()) return 'red'
  if (warnAt && now.getTime() >= warnAt.getTime()) return 'yellow'
  return 'green'
}
