import { Picker, Text, View } from '@tarojs/components'
import { cx } from '../../../utils/class-names'
import { formatDate } from '../../../utils/date'
import '../kit/kit.scss'
import type { Area } from './use-areas'
import type { CatalogueFilters, SeatsFilter } from './use-catalogue'

const AGES = Array.from({ length: 15 }, (_, i) => i + 2)
const AGE_LABELS = ['不限年龄', ...AGES.map((a) => `${a} 岁`)]

const SEATS: ReadonlyArray<{ key: SeatsFilter; label: string }> = [
  { key: 'any', label: '全部' },
  { key: 'available', label: '有余位' },
  { key: 'waitlist', label: '可候补' }
]

interface FiltersProps {
  filters: CatalogueFilters
  areas: Area[]
  onChange: (next: CatalogueFilters) => void
}

function todayText(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** 地区 (when the union list loaded), the child's age, the dates wanted, and seats. */
export function CatalogueFilterBar({ filters, areas, onChange }: FiltersProps) {
  const areaLabels = ['全部地区', ...areas.map((a) => a.name)]
  const areaIndex = Math.max(0, areas.findIndex((a) => a.id === filters.unionId) + 1)
  const ageIndex = filters.age === null ? 0 : AGES.indexOf(filters.age) + 1

  return (
    <View className='card cc-filters'>
      <View className='cc-filter-selects'>
        {areas.length > 0 ? (
          <View className='cc-filter-area'>
            <Picker
              mode='selector'
              range={areaLabels}
              value={areaIndex}
              onChange={(e) => {
                const i = Number(e.detail.value)
                onChange({ ...filters, unionId: i > 0 ? (areas[i - 1]?.id ?? '') : '' })
              }}
            >
              <View className={cx('cc-select', filters.unionId && 'cc-select--on')}>
                <Text className='cc-filter-area-text'>{areaLabels[areaIndex]}</Text>
                <Text className='cc-select-arrow'>›</Text>
              </View>
            </Picker>
          </View>
        ) : null}
        <View className='cc-filter-age'>
          <Picker
            mode='selector'
            range={AGE_LABELS}
            value={ageIndex}
            onChange={(e) => {
              const i = Number(e.detail.value)
              onChange({ ...filters, age: i > 0 ? (AGES[i - 1] ?? null) : null })
            }}
          >
            <View className={cx('cc-select', filters.age !== null && 'cc-select--on')}>
              <Text className='cc-filter-age-text'>{filters.age === null ? '孩子年龄：不限' : `孩子年龄：${filters.age} 岁`}</Text>
              <Text className='cc-select-arrow'>›</Text>
            </View>
          </Picker>
        </View>
        <View className='cc-filter-from'>
          <Picker mode='date' value={filters.from || todayText()} start={todayText()} onChange={(e) => onChange({ ...filters, from: String(e.detail.value) })}>
            <View className={cx('cc-select', filters.from !== '' && 'cc-select--on')}>
              <Text className='cc-filter-from-text'>{filters.from ? `${formatDate(filters.from)} 起有班` : '日期：不限'}</Text>
              <Text className='cc-select-arrow'>›</Text>
            </View>
          </Picker>
        </View>
      </View>
      <View className='cc-chips cc-filter-seats'>
        {SEATS.map((s) => (
          <View key={s.key} className={cx('cc-chip', `seats-${s.key}`, s.key === filters.seats && 'cc-chip--on')} onClick={() => onChange({ ...filters, seats: s.key })}>
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
