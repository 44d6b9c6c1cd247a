import { Text, View } from '@tarojs/components'
import type { WeekPoint } from '../../../../types/api-workbench'
import { barPercent, weekLabel } from './format'

const SERIES = [
  { key: 'grievance', label: '职工说事' },
  { key: 'legalAid', label: '法律援助' },
  { key: 'childcare', label: '爱心托班' }
] as const

const total = (w: WeekPoint) => w.grievance + w.legalAid + w.childcare

/** Every nth week is labelled so the labels never run into each other. */
function labelEvery(weeks: number): number {
  return weeks <= 8 ? 1 : Math.ceil(weeks / 6)
}

/** Weekly volume by kind as stacked columns (plain Views; the same on WeChat and H5). */
export function WeeklyChart({ weeks }: { weeks: WeekPoint[] }) {
  const max = Math.max(0, ...weeks.map(total))
  const every = labelEvery(weeks.length)
  return (
    <View className='card dash-weekly'>
      <View className='card-title'>每周收件</View>
      <View className='chart-legend'>
        {SERIES.map((s) => (
          <View key={s.key} className='chart-legend-item'>
            <Text className={`chart-swatch chart-swatch-${s.key}`} />
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
      <View className='chart-columns'>
        {weeks.map((w) => (
          <View
            key={w.weekStart}
            className='chart-column weekly-column'
            data-week={w.weekStart}
            aria-label={`${weekLabel(w.weekStart)} 这周 ${SERIES.map((s) => `${s.label} ${w[s.key]}`).join('，')}`}
          >
            {weeks.length <= 12 ? <Text className='chart-column-total'>{total(w)}</Text> : null}
            <View className='chart-stack' style={{ height: `${barPercent(total(w), max)}%` }}>
              {SERIES.map((s) => (w[s.key] > 0 ? <View key={s.key} className={`chart-segment chart-swatch-${s.key}`} style={{ flexGrow: w[s.key] }} /> : null))}
            </View>
          </View>
        ))}
      </View>
      <View className='chart-axis'>
        {weeks.map((w, i) => (
          <Text key={w.weekStart} className='chart-axis-label'>
            {i % every === 0 ? weekLabel(w.weekStart) : ''}
          </Text>
        ))}
      </View>
    </View>
  )
}
