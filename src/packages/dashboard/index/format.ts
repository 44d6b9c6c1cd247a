// Numbers of the dashboard as words: rates with what they are made of, capped counts, money.
import type { CappedCount, RateFigure } from '../../../../types/api-workbench'
import { COUNT_CAP } from '../../../../types/workbench'

/** 0..100 with at most one decimal, or null when there is nothing to divide by. */
export function ratePercent(r: RateFigure): number | null {
  if (r.denominator <= 0) return null
  return Math.round((r.numerator / r.denominator) * 1000) / 10
}

/** `87.5%`, or `—` when the denominator is 0. */
export function rateValue(r: RateFigure): string {
  const p = ratePercent(r)
  return p === null ? '—' : `${p}%`
}

/** `999+` when the bounded count hit its cap. */
export function cappedText(c: CappedCount): string {
  return c.capped ? `${COUNT_CAP}+` : String(c.n)
}

/** `2.5 个工作日`, `—` without data. */
export function workingDaysText(days: number | null): string {
  return days === null ? '—' : `${Math.round(days * 10) / 10} 个工作日`
}

/** `¥12,345.60` from the API's yuan string (never through a float for the digits). */
export function yuanText(amount: string): string {
  const [whole = '0', cents = '00'] = amount.split('.')
  const negative = whole.startsWith('-')
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}¥${digits}.${cents.padEnd(2, '0').slice(0, 2)}`
}

/** `11/24` for a week starting on that Monday. */
export function weekLabel(weekStart: string): string {
  const [, m, d] = weekStart.split('-')
  return `${Number(m)}/${Number(d)}`
}

/** A bar's length in percent of the largest value (at least a sliver when not zero). */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0
  return Math.max(2, Math.round((value / max) * 1000) / 10)
}
