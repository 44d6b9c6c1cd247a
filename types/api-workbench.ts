// Response shapes of the cadre workbench: inbox counters and the dashboard.
import type { GrievanceCategory, TicketStatus, UnionLevel } from './enums'
import type { UnionRef } from './api'

/** A count from a bounded query: `capped` means "at least COUNT_CAP" (shown as 999+). */
export interface CappedCount {
  n: number
  capped: boolean
}

/** GET /api/workbench/counts?unionId= — what the inbox header shows for a subtree. */
export interface InboxCounts {
  union: UnionRef | null
  /** Open tickets by status, from the maintained rollup (exact). */
  open: Record<'submitted' | 'in_progress' | 'awaiting_info', number>
  /** Running deadlines: overdue (red), due within one working day (yellow), due by today's end. */
  red: CappedCount
  yellow: CappedCount
  dueToday: CappedCount
  supervised: CappedCount
}

/** A rate with what it is made of; `rate` is null when the denominator is 0 (shown as —). */
export interface RateFigure {
  numerator: number
  denominator: number
  rate: number | null
}

export interface RateSet {
  response: RateFigure
  solve: RateFigure
  satisfaction: RateFigure
}

export interface DashboardUnion extends UnionRef {
  level: UnionLevel
}

export interface RankingRow extends RateSet {
  union: DashboardUnion
  /** Tickets behind the rates (submitted in the range, this child's subtree). */
  tickets: number
}

export interface WeekPoint extends RateSet {
  /** Monday of the week (YYYY-MM-DD, Shanghai). */
  weekStart: string
  grievance: number
  legalAid: number
  childcare: number
}

export interface ClassFill {
  classId: string
  name: string
  union: UnionRef
  seats: number
  taken: number
  /** taken ÷ seats, 0..1; null when the class has no seats. */
  fillRate: number | null
  waitlist: number
}

export interface LegalAidFigures {
  cases: number
  closedCases: number
  /** Yuan, two decimals, as a string (money never travels as a float). */
  amountRecovered: string
}

/** GET /api/workbench/dashboard — one union subtree, tickets submitted in [from, to]. */
export interface Dashboard {
  union: DashboardUnion
  from: string
  to: string
  generatedAt: string
  counts: {
    total: number
    grievance: number
    legalAid: number
    byStatus: Record<TicketStatus, number>
    unreasonable: number
    /** Submitted since Monday of this week (whatever the range). */
    newThisWeek: number
  }
  /** Open tickets now, whatever the range. */
  live: { dueToday: CappedCount; yellow: CappedCount; red: CappedCount; supervised: CappedCount }
  rates: RateSet
  /** Average working days from submission to 签收 / to the first 答复; null without data. */
  avgAckWorkingDays: number | null
  avgAnswerWorkingDays: number | null
  /** 重办: tickets sent back by the worker as unsolved, and how many times in all. */
  reopened: { tickets: number; times: number }
  /** The unions directly below, best 响应率 first (ties: more tickets first). */
  ranking: RankingRow[]
  weekly: WeekPoint[]
  categories: Array<{ category: GrievanceCategory; count: number }>
  childcare: ClassFill[]
  legalAid: LegalAidFigures
}

/** GET /api/workbench/unions → the cadre's own unions; `?parentId=` → the children of a union
 * inside the cadre's subtree (for the inbox and dashboard union pickers). */
export interface ScopeUnion extends DashboardUnion {
  hasChildren: boolean
}

/** POST /api/workbench/exports/tickets (body: the inbox filter) and
 * POST /api/workbench/exports/legal-cases (body: { unionId?, from?, to? }) → a short-lived
 * download link; the download itself is streamed and written to the audit log. */
export interface ExportLink {
  url: string
  /** Whether phone numbers in the file are masked (138****5678) for this cadre. */
  masked: boolean
}
