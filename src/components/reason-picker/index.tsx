import { View } from '@tarojs/components'
import { cx } from '../../utils/class-names'
import './index.scss'

interface ReasonPickerProps<R extends string> {
  options: readonly R[]
  labels: Record<R, string>
  value: R | ''
  onChange: (value: R) => void
}

/** One reason out of a fixed list (退单 / 不予受理), as large tappable chips. */
export function ReasonPicker<R extends string>({ options, labels, value, onChange }: ReasonPickerProps<R>) {
  return (
    <View className='reason-options'>
      {options.map((o) => (
        <View key={o} className={cx('reason-option', o === value && 'reason-option--on')} data-value={o} onClick={() => onChange(o)}>
          {labels[o]}
        </View>
      ))}
    </View>
  )
}
