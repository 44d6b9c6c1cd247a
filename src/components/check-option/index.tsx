import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'
import './index.scss'

interface CheckOptionProps {
  checked: boolean
  onChange: (checked: boolean) => void
  className?: string
  children: ReactNode
}

/** A large tappable checkbox row (the whole row is the ≥ 44 px touch target). */
export function CheckOption({ checked, onChange, className, children }: CheckOptionProps) {
  return (
    <View
      className={cx('check-option', checked && 'check-option--on', className)}
      role='checkbox'
      aria-checked={checked}
      data-checked={checked ? 'true' : 'false'}
      onClick={() => onChange(!checked)}
    >
      <Text className='check-option-box'>{checked ? '✓' : ''}</Text>
      <View className='check-option-text'>{children}</View>
    </View>
  )
}
