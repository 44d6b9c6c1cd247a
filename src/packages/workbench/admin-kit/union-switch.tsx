import { Text, View } from '@tarojs/components'
import type { UnionRef } from '../../../../types/api'
import { cx } from '../../../utils/class-names'
import './admin-kit.scss'

interface UnionSwitchProps {
  unions: UnionRef[]
  value: string
  onChange: (unionId: string) => void
}

/** Which of the cadre's unions the page is about; a plain heading when there is only one. */
export function UnionSwitch({ unions, value, onChange }: UnionSwitchProps) {
  if (unions.length <= 1) return <View className='union-current'>{unions[0]?.name ?? ''}</View>
  return (
    <View className='union-options'>
      {unions.map((u) => (
        <View
          key={u.id}
          id={`union-${u.id}`}
          className={cx('union-option', u.id === value && 'union-option--on')}
          onClick={() => onChange(u.id)}
        >
          <Text>{u.name}</Text>
        </View>
      ))}
    </View>
  )
}
