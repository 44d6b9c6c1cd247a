import { Text, View } from '@tarojs/components'
import type { InboxQuery, InboxSort } from '../../../services/tickets'
import { cx } from '../../../utils/class-names'

export type InboxFilterKey = 'open' | 'supervised' | 'all'

export const FILTERS: ReadonlyArray<{ key: InboxFilterKey; label: string; empty: string; query: Omit<InboxQuery, 'sort'> }> = [
  { key: 'open', label: '待办', empty: '没有待办的诉求', query: { status: 'open' } },
  { key: 'supervised', label: '督办', empty: '没有督办中的诉求', query: { status: 'all', supervised: true } },
  { key: 'all', label: '全部', empty: '还没有诉求', query: { status: 'all' } }
]

const SORTS: ReadonlyArray<{ key: InboxSort; label: string }> = [
  { key: 'created', label: '按时间' },
  { key: 'due', label: '按期限' }
]

interface InboxControlsProps {
  filter: InboxFilterKey
  sort: InboxSort
  onFilter: (filter: InboxFilterKey) => void
  onSort: (sort: InboxSort) => void
}

/** Filter chips (待办 / 督办 / 全部) and the sort switch (按时间 / 按期限). */
export function InboxControls({ filter, sort, onFilter, onSort }: InboxControlsProps) {
  return (
    <View className='inbox-controls'>
      <View className='filter-chips'>
        {FILTERS.map((f) => (
          <View key={f.key} className={cx('filter-chip', `filter-${f.key}`, f.key === filter && 'filter-chip--on')} onClick={() => onFilter(f.key)}>
            <Text>{f.label}</Text>
          </View>
        ))}
      </View>
      <View className='sort-switch'>
        {SORTS.map((s) => (
          <View key={s.key} className={cx('sort-option', `sort-${s.key}`, s.key === sort && 'sort-option--on')} onClick={() => onSort(s.key)}>
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
