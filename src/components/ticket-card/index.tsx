import { Text, View } from '@tarojs/components'
import type { TicketSummary } from '../../../types/api'
import type { BookingSummary } from '../../../types/api-childcare'
import { GRIEVANCE_CATEGORY_LABELS, TICKET_KIND_LABELS } from '../../../types/enums'
import { formatDate, formatDateTime } from '../../utils/date'
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

/** 爱心托班 · 李小明 · 第一期 for a sign-up; the category for a 职工说事. */
function kindText(ticket: TicketSummary): string {
  if (ticket.booking) return [TICKET_KIND_LABELS[ticket.kind], ticket.booking.childName, ticket.booking.periodName].join(' · ')
  return ticket.category ? GRIEVANCE_CATEGORY_LABELS[ticket.category] : TICKET_KIND_LABELS[ticket.kind]
}

/** An offered seat lapses unless confirmed in time, so the deadline is on the card itself. */
function ClaimHint({ booking }: { booking: BookingSummary }) {
  if (booking.state !== 'offered' || !booking.claimBy) return null
  return <View className='ticket-claim-hint'>请在 {formatDateTime(booking.claimBy)} 前确认入班</View>
}

export function TicketCard({ ticket, variant = 'worker', onOpen }: TicketCardProps) {
  const cadre = variant === 'cadre'
  return (
    <View className='card ticket-item' id={`ticket-${ticket.id}`} data-id={ticket.id} data-kind={ticket.kind} onClick={() => onOpen(ticket)}>
      <View className='ticket-item-head'>
        <Text className='ticket-number'>{ticket.number}</Text>
        <StatusTag status={ticket.status} booking={ticket.booking} />
      </View>
      <View className='ticket-title'>{ticket.title}</View>
      {cadre ? <TicketBadges urgent={ticket.urgent} supervised={ticket.supervised} unreasonable={ticket.unreasonable} /> : null}
      {cadre ? <DueLight light={ticket.dueLight} dueAt={ticket.dueAt} dueKind={ticket.dueKind} /> : null}
      {ticket.booking ? <ClaimHint booking={ticket.booking} /> : null}
      <View className='ticket-meta'>
        <Text className='ticket-union'>{cadre ? ticket.currentUnion.name : ticket.targetUnion.name}</Text>
      </View>
      <View className='ticket-meta'>
        <Text className='ticket-kind'>{kindText(ticket)}</Text>
        <Text className='ticket-date'>{formatDate(ticket.createdAt)}</Text>
      </View>
    </View>
  )
}
