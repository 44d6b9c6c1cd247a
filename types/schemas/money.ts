// Money is typed in yuan (up to 2 decimals) and stored in fen, so sums are exact.
import { z } from 'zod'

/** The largest amount anyone can mean here: ¥100,000,000. */
export const MAX_YUAN = 100_000_000

export const yuan = (label: string) =>
  z
    .number({ message: `请填写${label}（元）` })
    .min(0, { message: `${label}不能为负数` })
    .max(MAX_YUAN, { message: `${label}不能超过 1 亿元` })
    .refine((v) => Number.isFinite(v) && Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: `${label}最多保留两位小数` })

export function yuanToFen(v: number): number {
  return Math.round(v * 100)
}

export function fenToYuan(fen: number): number {
  return fen / 100
}

/** ¥8,000.00 → "8,000 元"; keeps 角分 only when there are some. */
export function formatYuan(v: number): string {
  const fixed = Number.isInteger(v) ? v.toFixed(0) : v.toFixed(2)
  const [int = '0', dec] = fixed.split('.')
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${dec ? `.${dec}` : ''} 元`
}
