import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DateRangeFields } from '../../../components/date-range-fields'
import { cx } from '../../../utils/class-names'
import { PRESETS, presetRange, rangeProblem, shanghaiToday, type DateRange, type RangePreset } from './range'

interface RangeBarProps {
  preset: RangePreset
  range: DateRange
  onChange: (preset: RangePreset, range: DateRange) => void
}

/** 近7天 / 近30天 / 本月 / 本年 / 自定义; a custom range is applied once the schema accepts it. */
export function RangeBar({ preset, range, onChange }: RangeBarProps) {
  const [draft, setDraft] = useState<DateRange>(range)
  const [error, setError] = useState('')
  const today = shanghaiToday()

  const pick = (key: RangePreset) => {
    setError('')
    if (key === 'custom') {
      setDraft(range)
      onChange('custom', range)
    } else {
      onChange(key, presetRange(key, today))
    }
  }
  const edit = (next: DateRange) => {
    setDraft(next)
    const problem = rangeProblem(next)
    setError(problem)
    if (!problem) onChange('custom', next)
  }

  return (
    <View className='range-bar'>
      <View className='dash-chips'>
        {PRESETS.map((p) => (
          <View key={p.key} className={cx('dash-chip', `range-${p.key}`, p.key === preset && 'dash-chip--on')} onClick={() => pick(p.key)}>
            <Text>{p.label}</Text>
          </View>
        ))}
      </View>
      {preset === 'custom' ? <DateRangeFields from={draft.from} to={draft.to} end={today} error={error} onChange={edit} /> : null}
    </View>
  )
}
