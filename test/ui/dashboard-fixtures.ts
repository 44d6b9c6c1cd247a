// Builders for the workbench dashboard and inbox tests: a county's dashboard with three
// townships below it, and the union picker's scope.
import type { CurrentUser } from '../../types/api'
import type { Dashboard, InboxCounts, RankingRow, RateFigure, ScopeUnion, WeekPoint } from '../../types/api-workbench'
import { COUNTY_ID, UNION_ID, TAOYUAN_ID, user } from './fixtures'

export const XIDIAN_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0005'
export const ENTERPRISE_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0006'

export const countyCadre: CurrentUser = user({ id: 'u3', displayName: '陈国平', cadreOf: [{ id: COUNTY_ID, name: '宁海县总工会' }] })

export function rate(numerator: number, denominator: number): RateFigure {
  return { numerator, denominator, rate: denominator ? numerator / denominator : null }
}

function row(id: string, name: string, tickets: number, rates: [RateFigure, RateFigure, RateFigure]): RankingRow {
  return { union: { id, name, level: 'township' }, tickets, response: rates[0], solve: rates[1], satisfaction: rates[2] }
}

function week(weekStart: string, grievance: number, legalAid: number, childcare: number, r: [RateFigure, RateFigure, RateFigure]): WeekPoint {
  return { weekStart, grievance, legalAid, childcare, response: r[0], solve: r[1], satisfaction: r[2] }
}

/** 宁海县总工会 from 2026-10-30 to 2026-11-28: 40 tickets; 满意率 has no ratings yet. */
export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    union: { id: COUNTY_ID, name: '宁海县总工会', level: 'county' },
    from: '2026-10-30',
    to: '2026-11-28',
    generatedAt: '2026-11-28T06:30:00.000Z',
    counts: {
      total: 46,
      grievance: 40,
      legalAid: 6,
      byStatus: { submitted: 3, in_progress: 8, awaiting_info: 1, answered: 4, closed: 28, refused: 1, withdrawn: 1 },
      unreasonable: 2,
      newThisWeek: 7
    },
    live: {
      dueToday: { n: 2, capped: false },
      yellow: { n: 5, capped: false },
      red: { n: 999, capped: true },
      supervised: { n: 1, capped: false }
    },
    rates: { response: rate(35, 40), solve: rate(20, 30), satisfaction: rate(0, 0) },
    avgAckWorkingDays: 0.46,
    avgAnswerWorkingDays: 3.25,
    reopened: { tickets: 3, times: 4 },
    ranking: [
      row(UNION_ID, '跃龙街道总工会', 20, [rate(19, 20), rate(9, 12), rate(3, 6)]),
      row(TAOYUAN_ID, '桃源街道总工会', 12, [rate(10, 12), rate(8, 8), rate(5, 5)]),
      row(XIDIAN_ID, '西店镇总工会', 0, [rate(0, 0), rate(0, 0), rate(0, 0)])
    ],
    weekly: [
      week('2026-10-26', 4, 1, 0, [rate(4, 5), rate(2, 4), rate(0, 0)]),
      week('2026-11-02', 10, 2, 3, [rate(9, 10), rate(5, 8), rate(1, 2)]),
      week('2026-11-09', 12, 1, 0, [rate(11, 12), rate(6, 9), rate(0, 0)]),
      week('2026-11-16', 8, 1, 1, [rate(6, 8), rate(4, 5), rate(2, 2)]),
      week('2026-11-23', 6, 1, 0, [rate(5, 5), rate(3, 4), rate(0, 0)])
    ],
    categories: [
      { category: 'safety', count: 6 },
      { category: 'wages', count: 22 },
      { category: 'other', count: 0 },
      { category: 'insurance', count: 12 }
    ],
    childcare: [
      { classId: 'c1', name: '跃龙街道暑期托班', union: { id: UNION_ID, name: '跃龙街道总工会' }, seats: 30, taken: 27, fillRate: 0.9, waitlist: 4 },
      { classId: 'c2', name: '桃源街道寒假托班', union: { id: TAOYUAN_ID, name: '桃源街道总工会' }, seats: 0, taken: 0, fillRate: null, waitlist: 0 }
    ],
    legalAid: { cases: 6, closedCases: 2, amountRecovered: '12345.60' },
    ...overrides
  }
}

/** Nothing came in over the range. */
export function emptyDashboard(): Dashboard {
  const d = dashboard()
  return {
    ...d,
    counts: {
      total: 0,
      grievance: 0,
      legalAid: 0,
      byStatus: { submitted: 0, in_progress: 0, awaiting_info: 0, answered: 0, closed: 0, refused: 0, withdrawn: 0 },
      unreasonable: 0,
      newThisWeek: 0
    },
    rates: { response: rate(0, 0), solve: rate(0, 0), satisfaction: rate(0, 0) },
    avgAckWorkingDays: null,
    avgAnswerWorkingDays: null,
    reopened: { tickets: 0, times: 0 },
    ranking: [],
    weekly: [],
    categories: [],
    childcare: [],
    legalAid: { cases: 0, closedCases: 0, amountRecovered: '0.00' }
  }
}

export function scopeUnion(id: string, name: string, overrides: Partial<ScopeUnion> = {}): ScopeUnion {
  return { id, name, level: 'township', hasChildren: false, ...overrides }
}

export function inboxCounts(overrides: Partial<InboxCounts> = {}): InboxCounts {
  return {
    union: null,
    open: { submitted: 3, in_progress: 8, awaiting_info: 1 },
    red: { n: 2, capped: false },
    yellow: { n: 1000, capped: true },
    dueToday: { n: 4, capped: false },
    supervised: { n: 1, capped: false },
    ...overrides
  }
}

