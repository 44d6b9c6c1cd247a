import { Text, View } from '@tarojs/components'
import type { TicketSummary } from '../../../types/api'
import { GRIEVANCE_CATEGORY_LABELS } from '../../../types/enums'
import { formatDate } from '../../utils/date'
import { DueLight } from '../due-light'
import { StatusTag } from '../status-tag'
import { TicketBadges } from '../ticket-badges'
import './index.scss'

/** `worker`: my own tickets; `cadre`: the workbench, with the deadline light and marks. */
export type TicketCardVariant = 'worker' | 'cadre'

interface TicketCardProps {
  ticket: TicketSummary
  variant?: TicketCardVariant
  onOpen: (ticket: TicketSummary) => void
}

export function TicketCard({ ticket, variant = 'worker', onOpen }: TicketCardProps) {
  const cadre = variant === 'cadre'
  return (
    <View className='card ticket-item' id={`ticket-${ticket.id}`} data-id={ticket.id} onClick={() => onOpen(ticket)}>
      <View className='ticket-item-head'>
        <Text className='ticket-number'>{ticket.number}</Text>
        <StatusTag status={ticket.status} />
      </View>
      <View className='ticket-title'>{ticket.title}</View>
      {cadre ? <TicketBadges urgent={ticket.urgent} supervised={ticket.supervised} unreasonable={ticket.unreasonable} /> : null}
      {cadre ? <DueLight light={ticket.dueLight} dueAt={ticket.dueAt} dueKind={ticket.dueKind} /> : null}
      <View className='ticket-meta'>
        <Text className='ticket-union'>{cadre ? ticket.currentUnion.name : ticket.targetUnion.name}</Text>
      </View>
      <View className='ticket-meta'>
        <Text>{GRIEVANCE_CATEGORY_LABELS[ticket.category]}</Text>
        <Text className='ticket-date'>{formatDate(ticket.createdAt)}</Text>
      </View>
    </View>
  )
}
