// The dashboard's date range and its weeks, in Shanghai calendar days. Pure: the caller
// passes "now", so tests need no clock.
import { MAX_RANGE_DAYS } from '../../types/schemas/workbench'
import { addDays, shanghaiDate } from '../calendar/working-days'
import { endOfDay } from '../deadlines/clock'
import { invalid } from '../errors'

/** The default range: the last 30 days through today. */
export const DEFAULT_RANGE_DAYS = 30

export interface DashboardRange {
  from: string
  to: string
  /** [fromAt, toAt): the instants the range covers. */
  fromAt: Date
  toAt: Date
  today: string
  /** Monday of the current week: "new this week" counts from here, whatever the range. */
  thisWeek: string
  /** Mondays of every week the range touches, oldest first. */
  weeks: string[]
}

/** SQL: the instant the Shanghai week (from Monday 00:00) of a timestamptz column begins.
 * Plain arithmetic from a Monday midnight (2001-01-01; China keeps no daylight saving), so
 * it costs nothing per row, unlike a time-zone conversion; shanghaiDate() of the result is
 * that Monday's date. */
export const weekStartSql = (column: string) => `date_bin('7 days', ${column}, TIMESTAMPTZ '2001-01-01 00:00:00+08')`

/** Monday (ISO week start) of the week a date falls in. */
export function mondayOf(date: string): string {
  const isoWeekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7
  return addDays(date, 1 - isoWeekday)
}

export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`)
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000
}

/** Fills in what the query left out. Only one end given: the other is 30 days away (`to`
 * never before `from`). The schema checks the order and length when both ends are given;
 * here they are checked again for a range it completed. */
export function dashboardRange(q: { from?: string; to?: string }, now: Date): DashboardRange {
  const today = shanghaiDate(now)
  const to = q.to ?? (q.from && q.from > today ? q.from : today)
  const from = q.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS)
  if (from > to) throw invalid({ from: '开始日期不能晚于结束日期' })
  if (daysBetween(from, to) > MAX_RANGE_DAYS) throw invalid({ from: '日期范围不能超过 10 年' })
  const weeks: string[] = []
  for (let w = mondayOf(from); w <= to; w = addDays(w, 7)) weeks.push(w)
  return { from, to, fromAt: startOfDay(from), toAt: endOfDay(to), today, thisWeek: mondayOf(today), weeks }
}
