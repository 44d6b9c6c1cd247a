// Reads the holiday data shipped by the `chinese-days` package into a CalendarSource.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { CalendarSource } from './working-days'

interface ChineseDaysJson {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

export function loadChineseDays(): CalendarSource {
  const dist = path.dirname(require.resolve('chinese-days/dist/chinese-days.json'))
  const data = JSON.parse(readFileSync(path.join(dist, 'chinese-days.json'), 'utf8')) as ChineseDaysJson
  // The package ships one file per year it has the official schedule for.
  const years = new Set(
    readdirSync(path.join(dist, 'years'))
      .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number)
  )
  return { holidays: new Set(Object.keys(data.holidays)), workdays: new Set(Object.keys(data.workdays)), years }
}
