// When things happen in the demo history: cadres act in office hours on working days (the
// real holiday calendar), workers in waking hours on any day. All in Asia/Shanghai.
import { addDays, shanghaiDate, type WorkingCalendar } from '../calendar/working-days'
import type { Rng } from './history-random'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const OPEN = 8 * 60 + 30
const CLOSE = 17 * 60 + 30

/** The instant `minutes` after midnight of a Shanghai date. */
export function shanghaiAt(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + minutes * MINUTE)
}

function minuteOfDay(at: Date): number {
  return Math.floor(((at.getTime() + 8 * HOUR) % (24 * HOUR)) / MINUTE)
}

export function plusMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE)
}

/** `at` if the office is open then, else the next opening. */
function officeOpenFrom(cal: WorkingCalendar, at: Date): Date {
  const date = shanghaiDate(at)
  const m = minuteOfDay(at)
  if (cal.isWorkingDay(date) && m >= OPEN && m < CLOSE) return at
  if (cal.isWorkingDay(date) && m < OPEN) return shanghaiAt(date, OPEN)
  return shanghaiAt(cal.addWorkingDaysTo(date, 1), OPEN)
}

/** `minutes` of office time after `from` (a cadre's reaction time). */
export function officeMinutesAfter(cal: WorkingCalendar, from: Date, minutes: number): Date {
  let at = officeOpenFrom(cal, from)
  let left = minutes
  for (;;) {
    const date = shanghaiDate(at)
    const untilClose = CLOSE - minuteOfDay(at)
    if (left < untilClose) return plusMinutes(at, left)
    left -= untilClose
    at = shanghaiAt(cal.addWorkingDaysTo(date, 1), OPEN)
  }
}

/** Some hours after `from`, moved out of the night (a worker's reaction time). */
export function workerHoursAfter(rng: Rng, from: Date, minHours: number, maxHours: number): Date {
  const at = plusMinutes(from, rng.int(minHours * 60, maxHours * 60))
  const m = minuteOfDay(at)
  if (m < 7 * 60) return shanghaiAt(shanghaiDate(at), 7 * 60 + rng.int(0, 120))
  if (m >= 22 * 60 + 30) return shanghaiAt(addDays(shanghaiDate(at), 1), 7 * 60 + 30 + rng.int(0, 120))
  return at
}

/** `at`, or — when that would miss `due` — a moment shortly before it (someone who watches the
 * red light acts late in the day), never before `after`. */
export function beforeDue(rng: Rng, at: Date, due: Date, after: Date): Date {
  if (at.getTime() < due.getTime() - 15 * MINUTE) return at
  const latest = due.getTime() - 15 * MINUTE
  const earliest = Math.max(after.getTime() + 5 * MINUTE, due.getTime() - 6 * HOUR)
  return new Date(Math.min(latest, earliest + rng.next() * Math.max(0, latest - earliest)))
}

/** A submission time on `date`: mostly daytime and evening, when workers have a moment. */
export function submissionOn(rng: Rng, date: string): Date {
  return shanghaiAt(date, rng.chance(0.3) ? rng.int(7 * 60, 11 * 60) : rng.int(11 * 60, 21 * 60 + 30))
}
