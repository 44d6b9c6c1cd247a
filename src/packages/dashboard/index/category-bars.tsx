import { Text, View } from '@tarojs/components'
import type { Dashboard } from '../../../../types/api-workbench'
import { GRIEVANCE_CATEGORY_LABELS } from '../../../../types/enums'
import { barPercent } from './format'

/** 职工说事 by category, largest first, as horizontal bars. */
export function CategoryBars({ categories }: { categories: Dashboard['categories'] }) {
  const rows = categories.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)
  if (rows.length === 0) return null
  const max = rows[0]?.count ?? 0
  return (
    <View className='card dash-categories'>
      <View className='card-title'>诉求类别</View>
      {rows.map((c) => (
        <View key={c.category} className={`hbar category-${c.category}`}>
          <Text className='hbar-label'>{GRIEVANCE_CATEGORY_LABELS[c.category]}</Text>
          <View className='hbar-track'>
            <View className='hbar-fill' style={{ width: `${barPercent(c.count, max)}%` }} />
          </View>
          <Text className='hbar-value'>{c.count}</Text>
        </View>
      ))}
    </View>
  )
}
