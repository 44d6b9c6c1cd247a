import { Text, View } from '@tarojs/components'

interface MenuItemProps {
  /** Extra class, e.g. `menu-messages`. */
  name: string
  label: string
  /** Shown as a red count before the arrow when above 0. */
  count?: number
  onOpen: () => void
}

export function MenuItem({ name, label, count = 0, onOpen }: MenuItemProps) {
  return (
    <View className={`menu-item ${name}`} onClick={onOpen}>
      <Text>{label}</Text>
      <View className='menu-end'>
        {count > 0 ? <Text className='menu-count'>{count > 99 ? '99+' : count}</Text> : null}
        <Text className='menu-arrow'>›</Text>
      </View>
    </View>
  )
}
