import { Text, View } from '@tarojs/components'
import type { ConfirmedYear } from '../../../../types/api'
import { AppButton } from '../../../components/app-button'
import { formatDate } from '../../../utils/date'

interface MissingYearPromptsProps {
  years: number[]
  /** The year whose request is in flight; every button waits meanwhile. */
  busyYear: number | null
  onConfirm: (year: number) => void
}

/** For admins: what to do about each year the package does not know, and the button that ends it. */
export function MissingYearPrompts({ years, busyYear, onConfirm }: MissingYearPromptsProps) {
  return (
    <View className='missing-years'>
      {[...years]
        .sort((a, b) => a - b)
        .map((year) => (
          <View key={year} id={`missing-year-${year}`} className='card missing-year'>
            <View className='missing-year-text'>
              {`请按国务院办公厅通知录入 ${year} 年全部放假和调休上班日期，录完后点“确认已全部录入”，提醒才会消失。`}
            </View>
            <AppButton
              className='btn btn--primary btn--block confirm-year-btn'
              data-year={year}
              disabled={busyYear !== null}
              onClick={() => onConfirm(year)}
            >
              {busyYear === year ? '正在确认…' : `确认 ${year} 年已全部录入`}
            </AppButton>
          </View>
        ))}
    </View>
  )
}

interface ConfirmedYearListProps {
  confirmed: ConfirmedYear[]
  canEdit: boolean
  busyYear: number | null
  onUnconfirm: (year: number) => void
}

/** Years an admin confirmed as fully entered; admins may withdraw a confirmation. */
export function ConfirmedYearList({ confirmed, canEdit, busyYear, onUnconfirm }: ConfirmedYearListProps) {
  if (confirmed.length === 0) return null
  const sorted = [...confirmed].sort((a, b) => a.year - b.year)
  return (
    <View className='confirmed-years'>
      <View className='section-title'>已确认全部录入的年份</View>
      {sorted.map((c) => (
        <View key={c.year} id={`confirmed-year-${c.year}`} className='card confirmed-year'>
          <Text className='confirmed-year-text'>{`${c.year} 年 已由 ${c.confirmedBy} 确认全部录入 · ${formatDate(c.confirmedAt)}`}</Text>
          {canEdit ? (
            <AppButton
              className='btn btn--plain unconfirm-year-btn'
              data-year={c.year}
              disabled={busyYear !== null}
              onClick={() => onUnconfirm(c.year)}
            >
              {busyYear === c.year ? '正在撤销…' : '撤销确认'}
            </AppButton>
          ) : null}
        </View>
      ))}
    </View>
  )
}
