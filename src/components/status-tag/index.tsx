import { Text } from '@tarojs/components'
import { OPEN_STATUSES, TICKET_STATUS_LABELS, type TicketStatus } from '../../../types/enums'
import { cx } from '../../utils/class-names'

/** Red while someone still has to act (the union, or the worker confirming an answer); grey once it is over. */
export function StatusTag({ status }: { status: TicketStatus }) {
  const pending = OPEN_STATUSES.includes(status) || status === 'answered'
  return <Text className={cx('tag', 'status-tag', `status-${status}`, pending && 'tag--red')}>{TICKET_STATUS_LABELS[status]}</Text>
}
