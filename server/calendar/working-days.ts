// Working days in China (Asia/Shanghai): statutory holidays and 调休 make-up working days come
// from a maintained data package (chinese-days), admins' entries from the official notice win
// over it, and a year nobody has data for is counted conservatively and reported so the
// workbench can warn. Pure: the caller supplies the data, so tests need no clock or database.

export type DayKind = 'holiday' | 'workday'

export interface CalendarSource {
  /** Dates (YYYY-MM-DD) that are days off although they may be Monday–Friday. */
  holidays: ReadonlySet<string>
  /** Dates that are working days although they may be Saturday or Sunday (调休). */
  workdays: ReadonlySet<string>
  /** Years the source has the State Council's schedule for. */
  years: ReadonlySet<number>
}

export interface CalendarOverride {
  date: string
  kind: DayKind
}

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000 // China has no daylight saving time

/** The calendar date in Shanghai of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

export class WorkingCalendar {
  private readonly overrides = new Map<string, DayKind>()
  private readonly confirmed: ReadonlySet<number>

  /** `confirmedYears`: years an admin confirmed are fully entered from the official notice. */
  constructor(
    private readonly source: CalendarSource,
    overrides: readonly CalendarOverride[] = [],
    confirmedYears: readonly number[] = []
  ) {
    for (const o of overrides) this.overrides.set(o.date, o.kind)
    this.confirmed = new Set(confirmedYears)
  }

  hasDataFor(year: number): boolean {
    return this.source.years.has(year) || this.confirmed.has(year)
  }

  /** A public holiday (from the package or an admin's entry), weekend or not: stations close. */
  isHoliday(date: string): boolean {
    const override = this.overrides.get(date)
    if (override) return override === 'holiday'
    return this.source.holidays.has(date)
  }

  /** Without data for the year only weekends are days off: deadlines then fall no later than
   * a real holiday would put them, so the union is never given more time than it has. */
  isWorkingDay(date: string): boolean {
    const override = this.overrides.get(date)
    if (override) return override === 'workday'
    if (this.source.years.has(Number(date.slice(0, 4)))) {
      if (this.source.workdays.has(date)) return true
      if (this.source.holidays.has(date)) return false
    }
    const d = weekday(date)
    return d !== 0 && d !== 6
  }

  /** The date of the `n`th working day after the Shanghai date of `from` (the 12345 rule: the
   * day a request arrives is day 0). The deadline is the end of that day. */
  addWorkingDays(from: Date, n: number): string {
    return this.addWorkingDaysTo(shanghaiDate(from), n)
  }

  /** The `n`th working day after the date `date` (YYYY-MM-DD). */
  addWorkingDaysTo(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`)
    let d = date
    for (let left = n; left > 0; ) {
      d = addDays(d, 1)
      if (this.isWorkingDay(d)) left -= 1
    }
    return d
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): string {
    let d = addDays(date, -1)
    while (!this.isWorkingDay(d)) d = addDays(d, -1)
    return d
  }

  /** Working days strictly after `from` up to and including `to` (both Shanghai dates). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count += 1
    return count
  }

  /** Working time between two instants, in working days: the hours falling on working days
   * (Shanghai), 24 to a day, to two decimals. A ticket in on Friday 17:00 and signed for on
   * Monday 09:00 took 0.67 working days; the weekend between does not count. */
  workingDaysElapsed(from: Date, to: Date): number {
    if (to.getTime() <= from.getTime()) return 0
    let ms = 0
    for (let d = shanghaiDate(from); d <= shanghaiDate(to); d = addDays(d, 1)) {
      if (!this.isWorkingDay(d)) continue
      const dayStart = Date.parse(`${d}T00:00:00Z`) - SHANGHAI_OFFSET_MS
      const start = Math.max(dayStart, from.getTime())
      const end = Math.min(dayStart + DAY_MS, to.getTime())
      if (end > start) ms += end - start
    }
    return Math.round((ms / DAY_MS) * 100) / 100
  }

  /** Years touched by [from, from + days] that have no data: what the workbench warns about. */
  missingYears(from: Date, horizonDays = 60): number[] {
    const first = Number(shanghaiDate(from).slice(0, 4))
    const last = Number(shanghaiDate(new Date(from.getTime() + horizonDays * DAY_MS)).slice(0, 4))
    const out: number[] = []
    for (let y = first; y <= last; y++) if (!this.hasDataFor(y)) out.push(y)
    return out
  }
}
