// How exported cells show times and money: what a person reading the ledger expects in China.
import { dueDate } from '../deadlines/clock'

// Asia/Shanghai has had no daylight saving since 1991: a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** "2026-11-28 14:05" in Shanghai time; null stays an empty cell. */
export function shanghaiDateTime(d: Date | null): string | null {
  if (!d) return null
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** Fen → yuan as a number, so the sheet can sum it. */
export const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100)

/** A deadline as the last Shanghai day one may still act on it. */
export const deadlineDay = (d: Date | null): string | null => (d ? dueDate(d) : null)

export const yesNo = (b: boolean): string => (b ? '是' : '否')
