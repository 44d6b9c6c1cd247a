// The unions directly below, ranked on 响应率 (best first; a union with nothing to rate
// last), ties broken by the number of tickets behind the figures, then by name. Pure.
import type { RankingRow } from '../../types/api-workbench'
import { emptySums, rateSet, type StatSums } from './dashboard-rates'
import type { ScopedUnion } from './dashboard-scope'

export function ranking(children: ScopedUnion[], sums: Map<string, StatSums>, overdueByChild: Map<string, number>): RankingRow[] {
  const rows = children.map((c): RankingRow => {
    const s = sums.get(c.id) ?? emptySums()
    return { union: { id: c.id, name: c.name, level: c.level }, tickets: s.total, ...rateSet(s, overdueByChild.get(c.id) ?? 0) }
  })
  return rows.sort((a, b) => {
    const ra = a.response.rate
    const rb = b.response.rate
    if (ra !== rb) {
      if (ra === null) return 1
      if (rb === null) return -1
      return rb - ra
    }
    return b.tickets - a.tickets || a.union.name.localeCompare(b.union.name, 'zh-CN')
  })
}
