// Reads of the ticket_stats rollup (server/migrations/005_workbench.sql). A union's row holds
// its whole subtree, so "union X over [from, to]" is a primary-key range — about
// days × kinds × categories rows — and never a scan of tickets.
import type { GrievanceCategory } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { STAT_KEYS, type StatSums } from './dashboard-rates'

const column = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
/** sum(col)::float8 AS "camelKey" for every column (float8: exact for these integers, and a number in JS). */
const SUMS = STAT_KEYS.map((k) => `coalesce(sum(${column(k)}), 0)::float8 AS "${k}"`).join(', ')
/** Monday of the ISO week of `day` (a date minus an integer is a date). */
const WEEK = `(day - (extract(isodow FROM day)::int - 1))`

export type StatKind = 'grievance' | 'legal_aid'

export interface WeekKindRow extends StatSums {
  week: string
  kind: StatKind
  /** '' for tickets without a category (法律援助). */
  category: GrievanceCategory | ''
}

/** The subtree of `unionId` over [from, to], by week, kind and category. */
export async function statsByWeek(db: Queryable, unionId: string, from: string, to: string): Promise<WeekKindRow[]> {
  const { rows } = await db.query<WeekKindRow>(
    `SELECT to_char(${WEEK}, 'YYYY-MM-DD') AS week, kind, category, ${SUMS}
     FROM ticket_stats WHERE union_id = $1 AND day BETWEEN $2 AND $3
     GROUP BY 1, 2, 3`,
    [unionId, from, to]
  )
  return rows
}

/** Each of `unionIds` (the direct children) over [from, to]; unions without tickets are absent. */
export async function statsByUnion(db: Queryable, unionIds: string[], from: string, to: string): Promise<Map<string, StatSums>> {
  if (unionIds.length === 0) return new Map()
  const { rows } = await db.query<StatSums & { unionId: string }>(
    `SELECT union_id AS "unionId", ${SUMS}
     FROM ticket_stats WHERE union_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3
     GROUP BY union_id`,
    [unionIds, from, to]
  )
  return new Map(rows.map(({ unionId, ...sums }) => [unionId, sums]))
}

/** Tickets submitted in the subtree since `since` (a Shanghai date). */
export async function submittedSince(db: Queryable, unionId: string, since: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT coalesce(sum(total), 0)::int AS n FROM ticket_stats WHERE union_id = $1 AND day >= $2',
    [unionId, since]
  )
  return rows[0]?.n ?? 0
}
