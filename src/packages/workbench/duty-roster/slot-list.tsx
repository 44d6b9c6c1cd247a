import { Text, View } from '@tarojs/components'
import type { DutySlot } from '../../../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS, WEEKDAY_LABELS } from '../../../../types/legal-aid'
import { AppButton } from '../../../components/app-button'

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

export function slotText(s: DutySlot): string {
  return `${WEEKDAY_LABELS[s.weekday] ?? ''} ${s.startTime}–${s.endTime}`
}

interface SlotListProps {
  slots: DutySlot[]
  /** The slot being removed. */
  removing: string
  /** Why a slot could not be removed, by slot id. */
  errors: Record<string, string>
  onRemove: (slot: DutySlot) => void
}

/** The week's slots, Monday first, each day's in time order. */
export function SlotList({ slots, removing, errors, onRemove }: SlotListProps) {
  const days = WEEKDAYS.map((d) => ({
    day: d,
    slots: slots.filter((s) => s.weekday === d).sort((a, b) => a.startTime.localeCompare(b.startTime))
  })).filter((g) => g.slots.length > 0)
  return (
    <View className='slot-days'>
      {days.map((g) => (
        <View key={g.day} className='card slot-day' id={`weekday-group-${g.day}`}>
          <View className='card-title slot-day-title'>{WEEKDAY_LABELS[g.day]}</View>
          {g.slots.map((s) => (
            <View key={s.id} className='slot' id={`slot-${s.id}`}>
              <View className='slot-text'>
                <View className='slot-time'>
                  {s.startTime}–{s.endTime}
                  <Text className='tag slot-mode'>{APPOINTMENT_MODE_LABELS[s.mode]}</Text>
                </View>
                <View className='slot-lawyer'>{s.lawyer.name} 律师</View>
                <View className='muted slot-place'>{s.place}</View>
                {errors[s.id] ? <View className='field-error slot-error'>{errors[s.id]}</View> : null}
              </View>
              <AppButton className='btn btn--plain slot-remove' disabled={removing === s.id} onClick={() => onRemove(s)}>
                {removing === s.id ? '删除中…' : '删除'}
              </AppButton>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
