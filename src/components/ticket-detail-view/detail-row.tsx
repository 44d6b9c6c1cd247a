import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'

export function DetailRow({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={cx('detail-row', className)}>
      <Text className='detail-row-label'>{label}</Text>
      <View className='detail-row-value'>{children}</View>
    </View>
  )
}
