import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { RankingRow } from '../../../../types/api-workbench'
import { RATE_KEYS, RATE_LABELS, type RateKey } from '../../../../types/workbench'
import { cx } from '../../../utils/class-names'
import { rateValue } from './format'

/** Best rate first (exact, not as rounded for display); no rate (—) last; ties: more tickets
 * first, then the server's order (which is this order for 响应率). */
export function sortRanking(rows: RankingRow[], key: RateKey): RankingRow[] {
  return rows
    .map((row, i) => ({ row, i, p: row[key].denominator > 0 ? row[key].numerator / row[key].denominator : null }))
    .sort((a, b) => (b.p ?? -1) - (a.p ?? -1) || b.row.tickets - a.row.tickets || a.i - b.i)
    .map((x) => x.row)
}

interface RankingTableProps {
  rows: RankingRow[]
  onOpen: (row: RankingRow) => void
}

/** The unions directly below, ranked on one of 三率; a tap opens that union's dashboard. */
export function RankingTable({ rows, onOpen }: RankingTableProps) {
  const [key, setKey] = useState<RateKey>('response')
  if (rows.length === 0) return null
  const sorted = sortRanking(rows, key)
  return (
    <View className='card dash-ranking'>
      <View className='card-title'>下级工会排名</View>
      <View className='dash-ranking-sorts'>
        {RATE_KEYS.map((k) => (
          <View key={k} className={cx('dash-chip', `ranking-sort-${k}`, k === key && 'dash-chip--on')} onClick={() => setKey(k)}>
            <Text>按{RATE_LABELS[k]}</Text>
          </View>
        ))}
      </View>
      {sorted.map((row, i) => (
        <View key={row.union.id} className='dash-ranking-row' data-id={row.union.id} onClick={() => onOpen(row)}>
          <View className='dash-ranking-head'>
            <Text className='dash-ranking-place'>{i + 1}</Text>
            <Text className='dash-ranking-name'>{row.union.name}</Text>
            <Text className='dash-ranking-tickets'>{row.tickets} 件</Text>
            <Text className='dash-ranking-arrow'>›</Text>
          </View>
          <View className='dash-ranking-rates'>
            {RATE_KEYS.map((k) => (
              <View key={k} className={cx('dash-ranking-rate', `ranking-rate-${k}`, k === key && 'dash-ranking-rate--on')}>
                <Text className='dash-ranking-rate-label'>{RATE_LABELS[k]}</Text>
                <Text className='dash-ranking-rate-value'>{rateValue(row[k])}</Text>
                <Text className='dash-ranking-rate-parts'>{row[k].denominator > 0 ? `${row[k].numerator}/${row[k].denominator}` : '无数据'}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
