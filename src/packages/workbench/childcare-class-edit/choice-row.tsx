import { Text, View } from '@tarojs/components'
import { cx } from '../../../utils/class-names'

interface ChoiceRowProps<T extends string> {
  name: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/** One of a few options, as large chips. */
export function ChoiceRow<T extends string>({ name, options, value, onChange }: ChoiceRowProps<T>) {
  return (
    <View className='choice-options'>
      {options.map((o) => (
        <View key={o.value} id={`${name}-${o.value}`} className={cx('choice-option', o.value === value && 'choice-option--on')} onClick={() => onChange(o.value)}>
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}
