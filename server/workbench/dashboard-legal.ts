// 法律援助 on the dashboard: cases submitted in the range in the subtree, how many of them are
// closed (结案), and what was recovered for the workers in those closed cases.
import type { LegalAidFigures } from '../../types/api-workbench'
import type { Queryable } from '../db/pool'
import type { StatSums } from './dashboard-rates'
import type { ScopedUnion } from './dashboard-scope'

/** Closed cases and their amount recovered (yuan with two decimals, summed in fen so it is
 * exact). A case belongs to its station's union — a legal-aid ticket never leaves its station
 * (no 派单/转办) — so the read starts from the few stations of the subtree and their closed
 * cases (legal_cases_station_idx), then checks each case's submission day. */
export async function closedLegalCases(db: Queryable, union: ScopedUnion, fromAt: Date, toAt: Date): Promise<{ closed: number; amount: string }> {
  const { rows } = await db.query<{ closed: number; amount: string }>(
    `SELECT count(*)::int AS closed,
            (coalesce(sum(c.amount_recovered_fen), 0)::numeric / 100)::numeric(20, 2)::text AS amount
     FROM unions u JOIN legal_stations s ON s.union_id = u.id
     JOIN legal_cases c ON c.station_id = s.id AND c.stage = 'closed'
     JOIN tickets t ON t.id = c.ticket_id
     WHERE u.path LIKE $1 || '%' AND t.created_at >= $2 AND t.created_at < $3`,
    [union.path, fromAt, toAt]
  )
  return rows[0] ?? { closed: 0, amount: '0.00' }
}

/** `rollup`: the legal-aid rows of ticket_stats for the same subtree and range. Refused and
 * withdrawn requests are not cases (as in the station figures, server/legal-aid/stats.ts). */
export function legalAidFigures(rollup: StatSums, closed: { closed: number; amount: string }): LegalAidFigures {
  return { cases: rollup.total - rollup.stRefused - rollup.stWithdrawn, closedCases: closed.closed, amountRecovered: closed.amount }
}
