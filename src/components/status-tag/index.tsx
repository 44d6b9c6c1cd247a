import { Text } from '@tarojs/components'
import type { BookingSummary } from '../../../types/api-childcare'
import { ENROLMENT_STATE_LABELS, type EnrolmentState } from '../../../types/childcare'
import { OPEN_STATUSES, TICKET_STATUS_LABELS, type TicketStatus } from '../../../types/enums'
import { cx } from '../../utils/class-names'

/** A 托班 sign-up's state in words: the waitlist place is what the parent wants to know. */
export function bookingLabel(booking: Pick<BookingSummary, 'state' | 'waitlistPosition'>): string {
  if (booking.state === 'waitlisted' && booking.waitlistPosition !== null) return `候补第 ${booking.waitlistPosition} 位`
  return ENROLMENT_STATE_LABELS[booking.state]
}

/** Sign-ups still waiting for a draw, a review, a seat or the parent's confirmation. */
const BOOKING_PENDING: readonly EnrolmentState[] = ['applied', 'pending_review', 'waitlisted', 'offered']

interface StatusTagProps {
  status: TicketStatus | null
  /** Set for a 托班 sign-up, whose ticket has no workflow status. */
  booking?: Pick<BookingSummary, 'state' | 'waitlistPosition'> | null
}

/** Red while someone still has to act (the union, or the worker confirming an answer); grey once it is over. */
export function StatusTag({ status, booking }: StatusTagProps) {
  if (booking) {
    const pending = BOOKING_PENDING.includes(booking.state)
    return <Text className={cx('tag', 'status-tag', `booking-${booking.state}`, pending && 'tag--red')}>{bookingLabel(booking)}</Text>
  }
  if (!status) return null
  const pending = OPEN_STATUSES.includes(status) || status === 'answered'
  return <Text className={cx('tag', 'status-tag', `status-${status}`, pending && 'tag--red')}>{TICKET_STATUS_LABELS[status]}</Text>
}
