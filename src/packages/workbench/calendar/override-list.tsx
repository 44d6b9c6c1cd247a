import { Text, View } from '@tarojs/components'
import type { CalendarOverrideView } from '../../../../types/api'
import { CALENDAR_DAY_KIND_LABELS } from '../../../../types/enums'
import { AppButton } from '../../../components/app-button'
import { EmptyState } from '../../../components/state-views'
import { cx } from '../../../utils/class-names'
import { formatDate, formatDateTime } from '../../../utils/date'

interface OverrideListProps {
  overrides: CalendarOverrideView[]
  canEdit: boolean
  onRemove: (date: string) => void
}

export function OverrideList({ overrides, canEdit, onRemove }: OverrideListProps) {
  const sorted = [...overrides].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <View className='override-list'>
      <View className='section-title'>已录入的安排</View>
      {sorted.length === 0 ? (
        <EmptyState text='还没有录入任何安排' />
      ) : (
        sorted.map((o) => (
          <View key={o.date} id={`override-${o.date}`} className='card override-item'>
            <View className='override-head'>
              <Text className='override-date'>{formatDate(o.date)}</Text>
              <Text className={cx('tag override-kind', o.kind === 'holiday' && 'tag--red')}>{CALENDAR_DAY_KIND_LABELS[o.kind]}</Text>
            </View>
            <View className='override-note'>依据：{o.note}</View>
            <View className='muted override-meta'>
              {o.enteredBy} 录入于 {formatDateTime(o.enteredAt)}
            </View>
            {canEdit ? (
              <AppButton className='btn btn--plain delete-btn' onClick={() => onRemove(o.date)}>
                删除
              </AppButton>
            ) : null}
          </View>
        ))
      )}
    </View>
  )
}
