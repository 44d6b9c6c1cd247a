import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import { activeChips, filterProblem, type InboxFilters } from './inbox-filter'

interface FilterBarProps {
  filters: InboxFilters
  onChange: (filters: InboxFilters) => void
  onOpenSheet: () => void
}

/** Search in ticket numbers and titles (sent on confirm), 筛选, and the filters in use as chips. */
export function FilterBar({ filters, onChange, onOpenSheet }: FilterBarProps) {
  const [text, setText] = useState(filters.q)
  const [error, setError] = useState('')
  // Chips and 清除筛选 change the search from outside the box.
  useEffect(() => setText(filters.q), [filters.q])
  const search = () => {
    const problem = filterProblem({ from: '', to: '', q: text })
    setError(problem)
    if (!problem) onChange({ ...filters, q: text.trim() })
  }
  const chips = activeChips(filters)
  // What the sheet sets (the union and the search have their own controls).
  const inSheet = chips.filter((c) => c.key !== 'union' && c.key !== 'q').length
  return (
    <View className='inbox-filter-bar'>
      <View className='inbox-search'>
        <Input
          className='input inbox-search-input'
          value={text}
          placeholder='搜索编号或标题'
          placeholderClass='placeholder'
          confirmType='search'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
        />
        <AppButton className='btn btn--plain inbox-filter-open' onClick={onOpenSheet}>
          筛选{inSheet ? ` ${inSheet}` : ''}
        </AppButton>
      </View>
      {error ? <View className='field-error inbox-search-error'>{error}</View> : null}
      {chips.length ? (
        <View className='active-filters'>
          {chips.map((c) => (
            <View
              key={c.key}
              className={`active-filter active-filter-${c.key}`}
              onClick={() => onChange(c.without)}
            >
              <Text>{c.label}</Text>
              <Text className='active-filter-x'>✕</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
