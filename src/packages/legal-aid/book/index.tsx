import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { OpenSlot } from '../../../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS, BOOKING_HORIZON_DAYS } from '../../../../types/legal-aid'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { cx } from '../../../utils/class-names'
import { formatDate } from '../../../utils/date'
import { slotKey, useBooking } from './use-booking'
import './index.scss'

/** Slots by day, days and times in order. */
function byDay(slots: readonly OpenSlot[]): { day: string; slots: OpenSlot[] }[] {
  const sorted = [...slots].sort((a, b) => a.day.localeCompare(b.day) || a.startTime.localeCompare(b.startTime))
  const groups: { day: string; slots: OpenSlot[] }[] = []
  for (const s of sorted) {
    const last = groups[groups.length - 1]
    if (last && last.day === s.day) last.slots.push(s)
    else groups.push({ day: s.day, slots: [s] })
  }
  return groups
}

interface SlotRowProps {
  slot: OpenSlot
  booking: boolean
  onBook: (slot: OpenSlot) => void
}

function SlotRow({ slot, booking, onBook }: SlotRowProps) {
  return (
    <View
      id={`slot-${slot.slotId}-${slot.day}`}
      className={cx('la-slot', slot.taken && 'la-slot--taken')}
      role='button'
      aria-disabled={slot.taken}
      data-taken={slot.taken ? 'true' : 'false'}
      onClick={slot.taken ? undefined : () => onBook(slot)}
    >
      <View className='la-slot-head'>
        <Text className='la-slot-time'>
          {slot.startTime}–{slot.endTime}
        </Text>
        <Text className={cx('tag la-slot-mode', slot.mode === 'in_person' && 'tag--red')}>{APPOINTMENT_MODE_LABELS[slot.mode]}</Text>
      </View>
      <View className='la-slot-lawyer'>值班律师 {slot.lawyerName}</View>
      <View className='la-slot-place'>{slot.mode === 'phone' ? `咨询电话 ${slot.place}` : `地点 ${slot.place}`}</View>
      <View className='la-slot-state'>{slot.taken ? '已被预约' : booking ? '预约中…' : '点此预约'}</View>
    </View>
  )
}

function SlotList({ ticketId, stationId }: { ticketId: string; stationId: string }) {
  const { slots, booking, notice, book } = useBooking(ticketId, stationId)
  const { state } = slots
  if (state.status === 'loading') return <LoadingState text='正在查询值班时段…' />
  if (state.status === 'error') return <ErrorState message={state.error} onRetry={() => void slots.reload()} />
  if (state.value.length === 0) {
    return <EmptyState text={`未来 ${BOOKING_HORIZON_DAYS} 天暂无值班时段，可以直接致电援助站，或稍后再来看看`} />
  }
  const free = state.value.some((s) => !s.taken)
  return (
    <View className='la-slots'>
      <View className='muted la-book-intro'>
        未来 {BOOKING_HORIZON_DAYS} 天的值班时段。{free ? '请选择方便的时间，律师会按时与您面谈或通电话。' : '都已被预约，请稍后再来看看。'}
      </View>
      {notice ? <View className='notice la-book-notice'>{notice}</View> : null}
      {byDay(state.value).map((g) => (
        <View key={g.day} className='card la-day' id={`day-${g.day}`}>
          <View className='la-day-title'>{formatDate(g.day)}</View>
          {g.slots.map((s) => (
            <SlotRow key={slotKey(s)} slot={s} booking={booking === slotKey(s)} onBook={(x) => void book(x)} />
          ))}
        </View>
      ))}
    </View>
  )
}

/** 预约值班律师: a station's duty slots over the next two weeks, for one legal-aid request. */
export default function LegalAidBookPage() {
  const router = useRouter()
  const ticketId = router?.params.ticketId ?? ''
  const stationId = router?.params.stationId ?? ''
  return (
    <PageShell className='legal-aid-book'>
      {ticketId && stationId ? (
        <SlotList ticketId={ticketId} stationId={stationId} />
      ) : (
        <EmptyState text='缺少预约信息，请从法律援助申请的详情页进入' />
      )}
    </PageShell>
  )
}
