// 法律援助 on the dashboard, counted as the station figures count them
// (server/legal-aid/stats.ts): cases by the day they were submitted, 结案 and the amount
// recovered by the day the case was closed — what was won for workers in the period.
import type { LegalAidFigures } from '../../types/api-workbench'
import type { Queryable } from '../db/pool'
import type { StatSums } from './dashboard-rates'
import type { ScopedUnion } from './dashboard-scope'

export interface ClosedCases {
  closed: number
  /** Yuan with two decimals, summed in fen so it is exact. */
  amount: string
}

/** Cases of the subtree's stations closed in [fromAt, toAt). A case belongs to its station's
 * union (a legal-aid ticket is never dispatched or transferred), so this reads the few
 * stations of the subtree and their closed cases (legal_cases_station_idx), not tickets. */
export async function closedLegalCases(db: Queryable, union: ScopedUnion, fromAt: Date, toAt: Date): Promise<ClosedCases> {
  const { rows } = await db.query<ClosedCases>(
    `SELECT count(*)::int AS closed,
            (coalesce(sum(c.amount_recovered_fen), 0)::numeric / 100)::numeric(20, 2)::text AS amount
     FROM unions u JOIN legal_stations s ON s.union_id = u.id
     JOIN legal_cases c ON c.station_id = s.id AND c.stage = 'closed'
     WHERE u.path LIKE $1 || '%' AND c.closed_at >= $2 AND c.closed_at < $3`,
    [union.path, fromAt, toAt]
  )
  return rows[0] ?? { closed: 0, amount: '0.00' }
}

/** `rollup`: the legal-aid rows of ticket_stats for the same subtree and range. Refused and
 * withdrawn requests are not cases. */
export function legalAidFigures(rollup: StatSums, closed: ClosedCases): LegalAidFigures {
  return { cases: rollup.total - rollup.stRefused - rollup.stWithdrawn, closedCases: closed.closed, amountRecovered: closed.amount }
}
