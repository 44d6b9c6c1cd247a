import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { OpenSlot } from '../../../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS } from '../../../../types/legal-aid'
import { bookAppointmentSchema } from '../../../../types/schemas/legal-aid'
import { useLoad, type Load } from '../../../hooks/use-load'
import { bookAppointment, fetchOpenSlots } from '../../../services/legal-aid'
import { errorMessage, isApiError } from '../../../services/request'
import { formatDate } from '../../../utils/date'
import { newClientRequestId } from '../../../utils/id'
import { goBackOr } from '../../../utils/navigation'
import { GRIEVANCE_DETAIL_PAGE, withQuery } from '../../../utils/routes'

export const SLOT_TAKEN_MESSAGE = '该时段已被预约，请选择其他时段'

/** A slot on one day; the same weekly slot recurs on other days. */
export const slotKey = (s: Pick<OpenSlot, 'slotId' | 'day'>) => `${s.slotId}|${s.day}`

export interface Booking {
  slots: Load<OpenSlot[]>
  /** The slot being booked now (its slotKey), '' otherwise. */
  booking: string
  /** Why the last attempt did not work. */
  notice: string
  book: (slot: OpenSlot) => Promise<void>
}

/**
 * The station's open duty slots and booking one for the ticket. Each slot-and-day gets one
 * idempotency key, made the first time it is chosen and reused for every retry of it: a double
 * tap or a retry after a lost answer makes one appointment.
 */
export function useBooking(ticketId: string, stationId: string): Booking {
  const slots = useLoad(useCallback(() => fetchOpenSlots(stationId), [stationId]))
  const [booking, setBooking] = useState('')
  const [notice, setNotice] = useState('')
  const busy = useRef(false)
  const done = useRef(false)
  const keys = useRef(new Map<string, string>())

  const idFor = (key: string): string => {
    const known = keys.current.get(key)
    if (known) return known
    const made = newClientRequestId()
    keys.current.set(key, made)
    return made
  }

  const book = async (slot: OpenSlot) => {
    // Set before the question: a second tap must not open a second one.
    if (busy.current || done.current || slot.taken) return
    busy.current = true
    setNotice('')
    const key = slotKey(slot)
    try {
      const { confirm } = await Taro.showModal({
        title: '确认预约',
        content: `${formatDate(slot.day)} ${slot.startTime}–${slot.endTime}，${APPOINTMENT_MODE_LABELS[slot.mode]}，${slot.lawyerName} 律师。${slot.place}`,
        confirmText: '预约',
        confirmColor: '#C8161D'
      })
      if (!confirm) return
      const parsed = bookAppointmentSchema.safeParse({ clientRequestId: idFor(key), ticketId, slotId: slot.slotId, day: slot.day })
      if (!parsed.success) {
        setNotice(parsed.error.issues[0]?.message ?? '预约信息不完整，请返回申请详情重新进入')
        return
      }
      setBooking(key)
      await bookAppointment(parsed.data)
      done.current = true
      void Taro.showToast({ title: '预约成功', icon: 'success' })
      goBackOr(withQuery(GRIEVANCE_DETAIL_PAGE, { id: ticketId }))
    } catch (err) {
      const conflict = isApiError(err) && err.code === 'CONFLICT'
      // A 409 is mostly "someone else got there first" (the server says so in these words); it
      // is also how the server refuses a second upcoming appointment for one case, whose own
      // sentence then says what to do.
      const message = conflict ? err.message || SLOT_TAKEN_MESSAGE : errorMessage(err)
      setNotice(message)
      void Taro.showToast({ title: message, icon: 'none', duration: 3000 })
      // Show what is still free.
      if (conflict) void slots.reload({ silent: true })
    } finally {
      busy.current = false
      setBooking('')
    }
  }

  return { slots, booking, notice, book }
}
