import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from '../../../utils/class-names'
import './kit.scss'

/** A label on the left and its value, as on the ticket pages. */
export function InfoRow({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={cx('cc-row', className)}>
      <Text className='cc-row-label'>{label}</Text>
      <View className='cc-row-value'>{children}</View>
    </View>
  )
}
