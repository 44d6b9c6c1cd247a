import { Picker, Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'
import './index.scss'

interface DateRangeFieldsProps {
  from: string
  to: string
  /** The latest pickable day (YYYY-MM-DD), usually today. */
  end: string
  /** The range's problem in Chinese (from the caller's schema), shown under the fields. */
  error?: string
  onChange: (range: { from: string; to: string }) => void
}

/** 开始日期 – 结束日期 with the platform's date pickers. */
export function DateRangeFields({ from, to, end, error, onChange }: DateRangeFieldsProps) {
  return (
    <View className={cx('date-range', error && 'date-range--invalid')}>
      <View className='date-range-fields'>
        <View className='date-range-from'>
          <Picker mode='date' value={from || end} end={end} onChange={(e) => onChange({ from: String(e.detail.value), to })}>
            <View className='date-range-value'>
              <Text className='date-range-label'>开始</Text>
              <Text className='date-range-from-text'>{from ? formatDate(from) : '不限'}</Text>
            </View>
          </Picker>
        </View>
        <Text className='date-range-dash'>至</Text>
        <View className='date-range-to'>
          <Picker mode='date' value={to || end} end={end} onChange={(e) => onChange({ from, to: String(e.detail.value) })}>
            <View className='date-range-value'>
              <Text className='date-range-label'>结束</Text>
              <Text className='date-range-to-text'>{to ? formatDate(to) : '不限'}</Text>
            </View>
          </Picker>
        </View>
      </View>
      {error ? <View className='field-error date-range-error'>{error}</View> : null}
    </View>
  )
}
