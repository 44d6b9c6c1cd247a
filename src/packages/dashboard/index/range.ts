// Date ranges of the dashboard: presets counted back from today in Shanghai, as YYYY-MM-DD.
import { dashboardQuerySchema } from '../../../../types/schemas/workbench'

export type RangePreset = '7d' | '30d' | 'month' | 'year' | 'custom'

export const PRESETS: ReadonlyArray<{ key: RangePreset; label: string }> = [
  { key: '7d', label: '近7天' },
  { key: '30d', label: '近30天' },
  { key: 'month', label: '本月' },
  { key: 'year', label: '本年' },
  { key: 'custom', label: '自定义' }
]

export interface DateRange {
  from: string
  to: string
}

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** Today's date in Asia/Shanghai (China has no daylight saving time). */
export function shanghaiToday(now: number = Date.now()): string {
  return new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The range of a preset ending today; `custom` keeps what was picked. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string = shanghaiToday()): DateRange {
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: today }
    case '30d':
      return { from: addDays(today, -29), to: today }
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today }
    case 'year':
      return { from: `${today.slice(0, 5)}01-01`, to: today }
  }
}

/** The schema's Chinese message for a range the server would refuse, or '' when it is fine. */
export function rangeProblem(range: DateRange): string {
  const parsed = dashboardQuerySchema.safeParse(range)
  return parsed.success ? '' : (parsed.error.issues[0]?.message ?? '日期范围无效')
}
