import { Text } from '@tarojs/components'
import { OPEN_STATUSES, TICKET_STATUS_LABELS, type TicketStatus } from '../../../types/enums'
import { cx } from '../../utils/class-names'

/** 待受理 / 处理中 are red (the union still owes an answer); the rest are grey. */
export function StatusTag({ status }: { status: TicketStatus }) {
  const urgent = OPEN_STATUSES.includes(status) || status === 'resolved'
  return <Text className={cx('tag', 'status-tag', `status-${status}`, urgent && 'tag--red')}>{TICKET_STATUS_LABELS[status]}</Text>
}
