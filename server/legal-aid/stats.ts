// The figures unions report for legal aid, per station and summed over a union's subtree:
// cases by type and stage (by submission date), closed cases by outcome, the amount recovered
// and the mean days to close (by closing date; counted from the consent, given on submission,
// on the same clock as the closing). Refused and withdrawn requests are not cases.
import type { LegalAidStats, StationStats } from '../../types/api-legal-aid'
import type { CaseOutcome, CaseStage, CaseType } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'

interface Range {
  from: string | null
  to: string | null
}

type Totals = Omit<StationStats, 'station'>

const empty = (): Totals => ({ cases: 0, byTypeAndStage: [], closedByOutcome: [], closed: 0, amountRecovered: 0, averageDaysToClose: null })

export async function legalAidStats(db: Queryable, union: { id: string; name: string }, range: Range): Promise<LegalAidStats> {
  const { rows: stations } = await db.query<{ id: string; name: string; union_id: string; union_name: string }>(
    `SELECT s.id, s.name, un.id AS union_id, un.name AS union_name
     FROM legal_stations s JOIN unions un ON un.id = s.union_id
     WHERE un.path LIKE (SELECT path FROM unions WHERE id = $1) || '%'
     ORDER BY un.path, s.name`,
    [union.id]
  )
  const ids = stations.map((s) => s.id)
  // Shanghai calendar days, both ends included.
  const window = (col: string, first: number) =>
    `($${first}::date IS NULL OR ${col} >= ($${first}::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
     AND ($${first + 1}::date IS NULL OR ${col} < (($${first + 1}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))`
  const { rows: byStage } = await db.query<{ station_id: string; case_type: CaseType; stage: CaseStage; n: number }>(
    `SELECT c.station_id, c.case_type, c.stage, count(*)::int AS n
     FROM legal_cases c JOIN tickets t ON t.id = c.ticket_id
     WHERE c.station_id = ANY($1::uuid[]) AND t.status NOT IN ('refused', 'withdrawn') AND ${window('t.created_at', 2)}
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [ids, range.from, range.to]
  )
  const { rows: closed } = await db.query<{ station_id: string; outcome: CaseOutcome; n: number; fen: number; days: number }>(
    `SELECT c.station_id, c.outcome, count(*)::int AS n, sum(c.amount_recovered_fen)::bigint AS fen,
            sum(extract(epoch FROM c.closed_at - c.consent_at) / 86400)::float8 AS days
     FROM legal_cases c JOIN tickets t ON t.id = c.ticket_id
     WHERE c.station_id = ANY($1::uuid[]) AND c.stage = 'closed' AND ${window('c.closed_at', 2)}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [ids, range.from, range.to]
  )

  const total = empty()
  let totalDays = 0
  const perStation = stations.map((s): StationStats => {
    const t = empty()
    let days = 0
    for (const r of byStage.filter((r) => r.station_id === s.id)) {
      t.cases += r.n
      t.byTypeAndStage.push({ caseType: r.case_type, stage: r.stage, count: r.n })
    }
    for (const r of closed.filter((r) => r.station_id === s.id)) {
      t.closed += r.n
      t.amountRecovered += r.fen
      days += r.days
      t.closedByOutcome.push({ outcome: r.outcome, count: r.n })
    }
    t.averageDaysToClose = t.closed > 0 ? Math.round((days / t.closed) * 10) / 10 : null
    total.cases += t.cases
    total.closed += t.closed
    total.amountRecovered += t.amountRecovered
    totalDays += days
    t.amountRecovered /= 100
    return { station: { id: s.id, name: s.name, union: { id: s.union_id, name: s.union_name } }, ...t }
  })
  const sumBy = <K extends string>(items: { key: K; count: number }[]) => {
    const m = new Map<K, number>()
    for (const i of items) m.set(i.key, (m.get(i.key) ?? 0) + i.count)
    return m
  }
  const stageSums = sumBy(byStage.map((r) => ({ key: `${r.case_type}/${r.stage}`, count: r.n })))
  total.byTypeAndStage = [...stageSums].map(([k, count]) => {
    const [caseType, stage] = k.split('/') as [CaseType, CaseStage]
    return { caseType, stage, count }
  })
  total.closedByOutcome = [...sumBy(closed.map((r) => ({ key: r.outcome, count: r.n })))].map(([outcome, count]) => ({ outcome, count }))
  total.averageDaysToClose = total.closed > 0 ? Math.round((totalDays / total.closed) * 10) / 10 : null
  total.amountRecovered /= 100
  return { union, from: range.from, to: range.to, stations: perStation, total }
}
