// Folds the rollup's rows (by week, kind and category) into the dashboard's figures. Pure.
import type { Dashboard, WeekPoint } from '../../types/api-workbench'
import { GRIEVANCE_CATEGORIES, type TicketStatus } from '../../types/enums'
import { addSums, averageDays, emptySums, rateSet, type StatSums } from './dashboard-rates'
import type { WeekKindRow } from './dashboard-stats'

export interface Folded {
  counts: Omit<Dashboard['counts'], 'newThisWeek'>
  rates: Dashboard['rates']
  avgAckWorkingDays: number | null
  avgAnswerWorkingDays: number | null
  reopened: Dashboard['reopened']
  weekly: WeekPoint[]
  categories: Dashboard['categories']
  /** The legal-aid part of the rollup, for the 法律援助 figures. */
  legalAid: StatSums
}

export interface FoldInput {
  rows: WeekKindRow[]
  /** Mondays of the range, oldest first. */
  weeks: string[]
  /** Tickets owed a 签收 past its deadline, by week (see dashboard-live.ts). */
  overdueByWeek: Map<string, number>
  /** 托班 sign-ups by week. */
  signUpsByWeek: Map<string, number>
}

export function byStatus(s: StatSums): Record<TicketStatus, number> {
  return {
    submitted: s.stSubmitted,
    in_progress: s.stInProgress,
    awaiting_info: s.stAwaitingInfo,
    answered: s.stAnswered,
    closed: s.stClosed,
    refused: s.stRefused,
    withdrawn: s.stWithdrawn
  }
}

export function foldStats(input: FoldInput): Folded {
  const all = emptySums()
  const legalAid = emptySums()
  const perWeek = new Map(input.weeks.map((w) => [w, { sums: emptySums(), grievance: 0, legalAid: 0 }]))
  const perCategory = new Map<string, number>()
  for (const r of input.rows) {
    addSums(all, r)
    if (r.kind === 'legal_aid') addSums(legalAid, r)
    else if (r.category) perCategory.set(r.category, (perCategory.get(r.category) ?? 0) + r.total)
    const week = perWeek.get(r.week)
    if (!week) continue
    addSums(week.sums, r)
    if (r.kind === 'legal_aid') week.legalAid += r.total
    else week.grievance += r.total
  }
  let overdue = 0
  for (const n of input.overdueByWeek.values()) overdue += n
  return {
    counts: {
      total: all.total,
      grievance: all.total - legalAid.total,
      legalAid: legalAid.total,
      byStatus: byStatus(all),
      unreasonable: all.unreasonable
    },
    rates: rateSet(all, overdue),
    avgAckWorkingDays: averageDays(all.ackWdSum, all.ackWdN),
    avgAnswerWorkingDays: averageDays(all.answerWdSum, all.answerWdN),
    reopened: { tickets: all.reopenedTickets, times: all.reopenTotal },
    weekly: [...perWeek].map(([weekStart, w]) => ({
      weekStart,
      grievance: w.grievance,
      legalAid: w.legalAid,
      childcare: input.signUpsByWeek.get(weekStart) ?? 0,
      ...rateSet(w.sums, input.overdueByWeek.get(weekStart) ?? 0)
    })),
    categories: GRIEVANCE_CATEGORIES.map((category) => ({ category, count: perCategory.get(category) ?? 0 })),
    legalAid
  }
}
