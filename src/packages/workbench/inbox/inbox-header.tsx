import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { UnionRef } from '../../../../types/api'
import type { CappedCount, InboxCounts } from '../../../../types/api-workbench'
import type { DueLight } from '../../../../types/enums'
import { COUNT_CAP } from '../../../../types/workbench'
import { usePageReturn } from '../../../hooks/use-page-return'
import { fetchInboxCounts } from '../../../services/workbench'
import { DASHBOARD_PAGE, withQuery } from '../../../utils/routes'

const capped = (c: CappedCount) => (c.capped ? `${COUNT_CAP}+` : String(c.n))
const hot = (c: CappedCount) => (c.capped || c.n > 0 ? ' inbox-count--hot' : '')

interface InboxHeaderProps {
  union: UnionRef | null
  /** The cadre's unions, named when no single union is picked. */
  ownUnions: string
  onPickUnion: () => void
  onLight: (light: DueLight) => void
}

/** Which subtree the inbox shows, its counters (tap 超期/临期 to list them) and the dashboard link. */
export function InboxHeader({ union, ownUnions, onPickUnion, onLight }: InboxHeaderProps) {
  const [counts, setCounts] = useState<InboxCounts | null>(null)
  const unionId = union?.id ?? null
  const load = useCallback(() => {
    fetchInboxCounts(unionId).then(setCounts, () => setCounts(null))
  }, [unionId])
  useEffect(load, [load])
  usePageReturn(load)

  return (
    <View className='card inbox-header'>
      <View className='inbox-scope'>
        <View className='inbox-scope-name' onClick={onPickUnion}>
          <Text className='inbox-unions'>{union ? union.name : ownUnions}</Text>
          <Text className='inbox-scope-switch'>切换 ▾</Text>
        </View>
        <View className='inbox-dashboard-link' onClick={() => void Taro.navigateTo({ url: withQuery(DASHBOARD_PAGE, { unionId: union?.id }) })}>
          <Text>数据</Text>
          <Text>›</Text>
        </View>
      </View>
      {counts ? (
        <View className='inbox-counts'>
          <Text className='inbox-count count-submitted'>待签收 {counts.open.submitted}</Text>
          <Text className='inbox-count count-in-progress'>办理中 {counts.open.in_progress}</Text>
          <Text className='inbox-count count-awaiting'>待补充 {counts.open.awaiting_info}</Text>
          <Text className='inbox-count count-due-today'>今日到期 {capped(counts.dueToday)}</Text>
          <Text className={`inbox-count count-yellow${hot(counts.yellow)}`} onClick={() => onLight('yellow')}>
            临期 {capped(counts.yellow)}
          </Text>
          <Text className={`inbox-count count-red${hot(counts.red)}`} onClick={() => onLight('red')}>
            超期 {capped(counts.red)}
          </Text>
          <Text className={`inbox-count count-supervised${hot(counts.supervised)}`}>督办 {capped(counts.supervised)}</Text>
        </View>
      ) : null}
    </View>
  )
}
