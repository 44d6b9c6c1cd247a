import { Text, View } from '@tarojs/components'
import type { WeekPoint } from '../../../../types/api-workbench'
import { RATE_KEYS, RATE_LABELS } from '../../../../types/workbench'
import { ratePercent, rateValue, weekLabel } from './format'

/** 三率 week by week: one small column chart per rate, on a 0–100 % scale. */
export function RateTrend({ weeks }: { weeks: WeekPoint[] }) {
  const first = weeks[0]
  const last = weeks[weeks.length - 1]
  if (!first || !last) return null
  return (
    <View className='card dash-trend'>
      <View className='card-title'>三率走势（按周）</View>
      {RATE_KEYS.map((key) => (
        <View key={key} className={`trend trend-${key}`}>
          <View className='trend-head'>
            <Text>{RATE_LABELS[key]}</Text>
            <Text className='muted'>最近一周 {rateValue(last[key])}</Text>
          </View>
          <View className='trend-columns'>
            {weeks.map((w) => {
              const p = ratePercent(w[key])
              return (
                <View key={w.weekStart} className='trend-column' aria-label={`${weekLabel(w.weekStart)} ${rateValue(w[key])}`}>
                  {p === null ? <View className='trend-none' /> : <View className='trend-bar' style={{ height: `${Math.max(p, 2)}%` }} />}
                </View>
              )
            })}
          </View>
        </View>
      ))}
      <View className='trend-axis muted'>
        <Text>{weekLabel(first.weekStart)}</Text>
        {weeks.some((w) => RATE_KEYS.some((k) => w[k].denominator === 0)) ? <Text>灰点：该周无数据</Text> : null}
        <Text>{weekLabel(last.weekStart)}</Text>
      </View>
    </View>
  )
}
