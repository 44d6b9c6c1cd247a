import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { TicketDetail } from '../../../types/api'
import type { Appointment, LegalCaseView } from '../../../types/api-legal-aid'
import { ACTOR_ROLE_LABELS, OPEN_STATUSES } from '../../../types/enums'
import { APPOINTMENT_MODE_LABELS } from '../../../types/legal-aid'
import { cancelAppointmentSchema } from '../../../types/schemas/legal-aid'
import { fieldErrors } from '../../../types/schemas/validate'
import { cancelAppointment } from '../../services/legal-aid-cases'
import { errorMessage, isApiError } from '../../services/request'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'
import { LEGAL_AID_BOOK_PAGE, withQuery } from '../../utils/routes'
import { AppButton } from '../app-button'
import type { DetailViewer } from './types'

const byTime = (a: Appointment, b: Appointment) => `${a.day} ${a.startTime}`.localeCompare(`${b.day} ${b.startTime}`)

function when(a: Appointment): string {
  return `${formatDate(a.day)} ${a.startTime}–${a.endTime}`
}

function placeLabel(a: Appointment): string {
  return a.mode === 'phone' ? '电话' : '地点'
}

interface CancelFormProps {
  appointment: Appointment
  onDone: () => Promise<void>
  onClose: () => void
}

/** Why the appointment is cancelled (2–200 characters), then the cancellation. */
function CancelForm({ appointment, onDone, onClose }: CancelFormProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)

  const submit = async () => {
    if (busyRef.current) return
    const parsed = cancelAppointmentSchema.safeParse({ reason })
    if (!parsed.success) {
      setError(fieldErrors(parsed.error).reason ?? '请填写取消原因')
      return
    }
    setError('')
    busyRef.current = true
    setBusy(true)
    try {
      await cancelAppointment(appointment.id, parsed.data.reason)
      void Taro.showToast({ title: '已取消预约', icon: 'success' })
      onClose()
      await onDone()
    } catch (err) {
      const message = errorMessage(err)
      setError(message)
      void Taro.showToast({ title: message, icon: 'none', duration: 3000 })
      // Already cancelled or past meanwhile: show the appointments as they are now.
      if (isApiError(err) && err.status === 409) await onDone()
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  return (
    <View className='appointment-cancel-form'>
      <View className='field-label'>
        <Text>取消原因</Text>
        <Text className='field-required'>*</Text>
      </View>
      <Textarea
        className='textarea cancel-reason'
        value={reason}
        maxlength={200}
        placeholder='如：已与单位协商解决，不再需要咨询'
        placeholderClass='placeholder'
        onInput={(e) => setReason(e.detail.value)}
      />
      {error ? <View className='field-error cancel-error'>{error}</View> : null}
      <View className='btn-row appointment-cancel-buttons'>
        <AppButton className='btn btn--plain cancel-back' disabled={busy} onClick={onClose}>
          返回
        </AppButton>
        <AppButton className='btn btn--primary cancel-confirm' disabled={busy} onClick={() => void submit()}>
          {busy ? '提交中…' : '确认取消预约'}
        </AppButton>
      </View>
    </View>
  )
}

function UpcomingAppointment({ appointment: a, onReload }: { appointment: Appointment; onReload: () => Promise<void> }) {
  const [cancelling, setCancelling] = useState(false)
  return (
    <View className='appointment appointment--upcoming' id={`appointment-${a.id}`}>
      <View className='appointment-when'>{when(a)}</View>
      <View className='appointment-line'>
        <Text className='tag tag--red appointment-mode'>{APPOINTMENT_MODE_LABELS[a.mode]}</Text>
        <Text className='appointment-lawyer'>{a.lawyerName} 律师</Text>
      </View>
      <View className='appointment-place'>
        {placeLabel(a)}：{a.place}
      </View>
      {!a.cancellable ? null : cancelling ? (
        <CancelForm appointment={a} onDone={onReload} onClose={() => setCancelling(false)} />
      ) : (
        <AppButton className='btn btn--plain appointment-cancel-btn' onClick={() => setCancelling(true)}>
          取消预约
        </AppButton>
      )}
    </View>
  )
}

function PastAppointment({ appointment: a }: { appointment: Appointment }) {
  const cancelled = a.state === 'cancelled'
  return (
    <View className={cx('appointment', 'appointment--past', cancelled && 'appointment--cancelled')} id={`appointment-${a.id}`}>
      <View className='appointment-line'>
        <Text className='appointment-past-when'>{when(a)}</Text>
        <Text className='tag appointment-state'>{cancelled ? '已取消' : '已结束'}</Text>
      </View>
      <View className='muted'>
        {APPOINTMENT_MODE_LABELS[a.mode]} · {a.lawyerName} 律师 · {a.place}
      </View>
      {cancelled ? (
        <View className='muted appointment-cancel-reason'>
          {a.cancelledBy ? `${ACTOR_ROLE_LABELS[a.cancelledBy]}取消` : '已取消'}
          {a.cancelReason ? `：${a.cancelReason}` : ''}
        </View>
      ) : null}
    </View>
  )
}

interface AppointmentsCardProps {
  ticket: TicketDetail
  legalCase: LegalCaseView
  viewer: DetailViewer
  onReload: () => Promise<void>
}

/** 值班律师预约: the next one up front (with 取消预约), earlier and cancelled ones muted, and —
 * for the worker while the case is open and nothing is booked — the way to book one. */
export function AppointmentsCard({ ticket, legalCase, viewer, onReload }: AppointmentsCardProps) {
  const sorted = [...legalCase.appointments].sort(byTime)
  const upcoming = sorted.filter((a) => a.upcoming && a.state === 'booked')
  const past = sorted.filter((a) => !upcoming.includes(a)).reverse()
  const canBook = viewer === 'requester' && OPEN_STATUSES.includes(ticket.status) && upcoming.length === 0
  if (sorted.length === 0 && !canBook) return null

  const book = () => void Taro.navigateTo({ url: withQuery(LEGAL_AID_BOOK_PAGE, { ticketId: ticket.id, stationId: legalCase.station.id }) })

  return (
    <View className='card legal-appointments'>
      <View className='card-title'>值班律师预约</View>
      {upcoming.map((a) => (
        <UpcomingAppointment key={a.id} appointment={a} onReload={onReload} />
      ))}
      {canBook ? (
        <View className='appointment-book'>
          <View className='muted'>可以预约援助站的值班律师，到站面谈或电话咨询。</View>
          <AppButton className='btn btn--primary btn--block book-appointment-btn' onClick={book}>
            预约值班律师
          </AppButton>
        </View>
      ) : null}
      {past.length > 0 ? (
        <View className='appointments-past'>
          {past.map((a) => (
            <PastAppointment key={a.id} appointment={a} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
