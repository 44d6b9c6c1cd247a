import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClassFill } from '../../../../types/api-workbench'
import { WORKBENCH_CLASSES_PAGE } from '../../../utils/routes'

function fillText(c: ClassFill): string {
  return c.fillRate === null ? '—' : `${Math.round(c.fillRate * 1000) / 10}%`
}

/** 爱心托班: how full each class is and how many wait; rosters are exported per period. */
export function ChildcareFill({ classes }: { classes: ClassFill[] }) {
  if (classes.length === 0) return null
  return (
    <View className='card dash-childcare'>
      <View className='card-title'>爱心托班满班率</View>
      {classes.map((c) => (
        <View key={c.classId} className='class-fill' data-id={c.classId}>
          <View className='class-fill-head'>
            <Text className='class-fill-name'>{c.name}</Text>
            <Text className='class-fill-rate'>{fillText(c)}</Text>
          </View>
          <View className='hbar-track'>
            <View className='hbar-fill' style={{ width: `${Math.min(100, (c.fillRate ?? 0) * 100)}%` }} />
          </View>
          <View className='muted class-fill-meta'>
            {c.union.name} · 已报 {c.taken}/{c.seats} 席 · 候补 {c.waitlist} 人
          </View>
        </View>
      ))}
      <View className='dash-link roster-link' onClick={() => void Taro.navigateTo({ url: WORKBENCH_CLASSES_PAGE })}>
        <Text>托班名单与考勤导出</Text>
        <Text>›</Text>
      </View>
    </View>
  )
}
