// 三率 and the working-day averages from sums of the ticket_stats rollup. Pure, so the
// definitions in types/workbench.ts (RATE_DEFINITIONS) can be checked against worked examples.
import type { RateFigure, RateSet } from '../../types/api-workbench'

/** Sums of ticket_stats columns over some of its rows (column names in camelCase). */
export interface StatSums {
  total: number
  stSubmitted: number
  stInProgress: number
  stAwaitingInfo: number
  stAnswered: number
  stClosed: number
  stRefused: number
  stWithdrawn: number
  unreasonable: number
  responded: number
  respondedOnTime: number
  answeredOnce: number
  solved: number
  rated: number
  satisfied: number
  reopenedTickets: number
  reopenTotal: number
  ackWdSum: number
  ackWdN: number
  answerWdSum: number
  answerWdN: number
}

export const STAT_KEYS = [
  'total', 'stSubmitted', 'stInProgress', 'stAwaitingInfo', 'stAnswered', 'stClosed', 'stRefused', 'stWithdrawn',
  'unreasonable', 'responded', 'respondedOnTime', 'answeredOnce', 'solved', 'rated', 'satisfied',
  'reopenedTickets', 'reopenTotal', 'ackWdSum', 'ackWdN', 'answerWdSum', 'answerWdN'
] as const satisfies readonly (keyof StatSums)[]

export function emptySums(): StatSums {
  const s = {} as Record<keyof StatSums, number>
  for (const k of STAT_KEYS) s[k] = 0
  return s
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addSums(a: StatSums, b: StatSums): StatSums {
  for (const k of STAT_KEYS) a[k] += b[k]
  return a
}

export function rateFigure(numerator: number, denominator: number): RateFigure {
  return { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null }
}

/** The three rates. `overdueUnacknowledged`: tickets of the same set still waiting for 签收
 * after their deadline — they are owed a response, so they join the 响应率 denominator (the
 * rollup cannot hold them: they become overdue without any write to the ticket). Tickets
 * marked 不合理诉求 are already left out of every column used here. */
export function rateSet(s: StatSums, overdueUnacknowledged: number): RateSet {
  return {
    response: rateFigure(s.respondedOnTime, s.responded + overdueUnacknowledged),
    solve: rateFigure(s.solved, s.answeredOnce),
    satisfaction: rateFigure(s.satisfied, s.rated)
  }
}

/** A mean in working days to two decimals (what the tickets record); null without data. */
export function averageDays(sum: number, n: number): number | null {
  // Hundredths first: 5.75 / 10 * 100 would be 57.4999… in floating point.
  return n > 0 ? Math.round((sum * 100) / n) / 100 : null
}
