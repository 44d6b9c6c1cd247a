import { Text, View } from '@tarojs/components'
import type { UnionRef } from '../../../../types/api'
import type { Dashboard } from '../../../../types/api-workbench'
import { formatDate, formatDateTime } from '../../../utils/date'

interface ScopeBarProps {
  union: UnionRef | null
  /** Where 返回 goes (the union whose ranking was tapped), if anywhere. */
  up: UnionRef | null
  d: Dashboard | null
  onUp: () => void
  onPick: () => void
}

/** Which union subtree and which days the figures are about, and the ways to change the union. */
export function ScopeBar({ union, up, d, onUp, onPick }: ScopeBarProps) {
  return (
    <View className='card scope-bar'>
      {up ? (
        <View className='scope-up' onClick={onUp}>
          <Text>‹ 返回 {up.name}</Text>
        </View>
      ) : null}
      <View className='scope-head'>
        <Text className='scope-name'>{union?.name || '我的工会'}</Text>
        <View className='scope-switch' onClick={onPick}>
          <Text>切换工会</Text>
        </View>
      </View>
      {d ? (
        <View className='muted scope-range'>
          {formatDate(d.from)} 至 {formatDate(d.to)} · 含全部下级工会 · 统计于 {formatDateTime(d.generatedAt)}
        </View>
      ) : null}
    </View>
  )
}
