import { Text, View } from '@tarojs/components'
import type { TicketSummary } from '../../../types/api'
import { GRIEVANCE_CATEGORY_LABELS } from '../../../types/enums'
import { formatDate } from '../../utils/date'
import { StatusTag } from '../status-tag'
import './index.scss'

interface TicketCardProps {
  ticket: TicketSummary
  onOpen: (ticket: TicketSummary) => void
}

export function TicketCard({ ticket, onOpen }: TicketCardProps) {
  return (
    <View className='card ticket-item' id={`ticket-${ticket.id}`} data-id={ticket.id} onClick={() => onOpen(ticket)}>
      <View className='ticket-item-head'>
        <Text className='ticket-number'>{ticket.number}</Text>
        <StatusTag status={ticket.status} />
      </View>
      <View className='ticket-title'>{ticket.title}</View>
      <View className='ticket-meta'>
        <Text className='ticket-union'>{ticket.targetUnion.name}</Text>
      </View>
      <View className='ticket-meta'>
        <Text>{GRIEVANCE_CATEGORY_LABELS[ticket.category]}</Text>
        <Text className='ticket-date'>{formatDate(ticket.createdAt)}</Text>
      </View>
    </View>
  )
}
