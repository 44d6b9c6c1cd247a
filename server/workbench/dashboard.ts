// The dashboard of one union subtree over a date range (tickets submitted in it): volumes,
// 三率 and averages from the ticket_stats rollup; what is overdue now from open tickets;
// 托班 and 法律援助 figures from their own tables. The reads are independent and bounded, so
// they run side by side.
import type { Dashboard } from '../../types/api-workbench'
import type { DashboardQuery } from '../../types/schemas/workbench'
import type { AppDeps } from '../app-deps'
import { classFill, signUpsByWeek } from './dashboard-childcare'
import { foldStats } from './dashboard-fold'
import { closedLegalCases, legalAidFigures } from './dashboard-legal'
import { liveCounts, overdueUnacknowledged } from './dashboard-live'
import { dashboardRange } from './dashboard-range'
import { ranking } from './dashboard-ranking'
import { childUnions, dashboardUnion } from './dashboard-scope'
import { statsByUnion, statsByWeek, submittedSince } from './dashboard-stats'

export async function getDashboard(deps: Pick<AppDeps, 'db' | 'clock'>, userId: string, q: DashboardQuery): Promise<Dashboard> {
  const { db } = deps
  const now = deps.clock()
  const range = dashboardRange(q, now)
  const union = await dashboardUnion(db, userId, q.unionId)
  const children = await childUnions(db, union.id)
  const [rows, childSums, newThisWeek, live, overdue, signUps, classes, closed] = await Promise.all([
    statsByWeek(db, union.id, range.from, range.to),
    statsByUnion(db, children.map((c) => c.id), range.from, range.to),
    submittedSince(db, union.id, range.thisWeek),
    liveCounts(db, union, now, range.today),
    overdueUnacknowledged(db, union, range.fromAt, range.toAt, now),
    signUpsByWeek(db, union, range.fromAt, range.toAt),
    classFill(db, union, range.from, range.to, range.today),
    closedLegalCases(db, union, range.fromAt, range.toAt)
  ])
  const { legalAid, counts, ...figures } = foldStats({ rows, weeks: range.weeks, overdueByWeek: overdue.byWeek, signUpsByWeek: signUps })
  return {
    union: { id: union.id, name: union.name, level: union.level },
    from: range.from,
    to: range.to,
    generatedAt: now.toISOString(),
    counts: { ...counts, newThisWeek },
    live,
    rates: figures.rates,
    avgAckWorkingDays: figures.avgAckWorkingDays,
    avgAnswerWorkingDays: figures.avgAnswerWorkingDays,
    reopened: figures.reopened,
    ranking: ranking(children, childSums, overdue.byChild),
    weekly: figures.weekly,
    categories: figures.categories,
    childcare: classes,
    legalAid: legalAidFigures(legalAid, closed)
  }
}
