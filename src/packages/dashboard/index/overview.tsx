import { Text, View } from '@tarojs/components'
import type { CappedCount, Dashboard } from '../../../../types/api-workbench'
import { TICKET_STATUSES, TICKET_STATUS_LABELS } from '../../../../types/enums'
import { cappedText } from './format'

const LIVE: ReadonlyArray<{ key: keyof Dashboard['live']; label: string }> = [
  { key: 'dueToday', label: '今日到期' },
  { key: 'yellow', label: '临期' },
  { key: 'red', label: '超期' },
  { key: 'supervised', label: '督办' }
]

function Figure({ name, label, value, alert = false }: { name: string; label: string; value: string; alert?: boolean }) {
  return (
    <View className={`dash-figure dash-figure-${name}${alert ? ' dash-figure--alert' : ''}`}>
      <Text className='dash-figure-value'>{value}</Text>
      <Text className='dash-figure-label'>{label}</Text>
    </View>
  )
}

const hot = (c: CappedCount) => c.capped || c.n > 0

/** What is about to go wrong (now) and what came in (in the range). */
export function Overview({ d }: { d: Dashboard }) {
  const { counts, live } = d
  return (
    <View className='card dash-overview'>
      <View className='card-title'>办理中的诉求（当前）</View>
      <View className='dash-figures dash-live'>
        {LIVE.map((f) => (
          <Figure key={f.key} name={f.key} label={f.label} value={cappedText(live[f.key])} alert={f.key !== 'dueToday' && hot(live[f.key])} />
        ))}
      </View>
      <View className='card-title dash-subtitle'>所选时间内收到</View>
      <View className='dash-figures dash-counts'>
        <Figure name='total' label='合计' value={String(counts.total)} />
        <Figure name='grievance' label='职工说事' value={String(counts.grievance)} />
        <Figure name='legal-aid' label='法律援助' value={String(counts.legalAid)} />
        <Figure name='new-week' label='本周新增' value={String(counts.newThisWeek)} />
      </View>
      <View className='dash-statuses'>
        {TICKET_STATUSES.filter((s) => counts.byStatus[s] > 0).map((s) => (
          <Text key={s} className={`tag dash-status dash-status-${s}`}>
            {TICKET_STATUS_LABELS[s]} {counts.byStatus[s]}
          </Text>
        ))}
        {counts.unreasonable > 0 ? <Text className='tag tag--red dash-unreasonable'>不合理诉求 {counts.unreasonable}</Text> : null}
      </View>
    </View>
  )
}
