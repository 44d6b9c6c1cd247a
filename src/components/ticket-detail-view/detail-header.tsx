import { Text, View } from '@tarojs/components'
import type { TicketDetail } from '../../../types/api'
import { GRIEVANCE_CATEGORY_LABELS, TICKET_KIND_LABELS } from '../../../types/enums'
import { CASE_TYPE_LABELS } from '../../../types/legal-aid'
import { formatDateTime } from '../../utils/date'
import { DueLight } from '../due-light'
import { RatingRows } from '../rating-stars'
import { StatusTag } from '../status-tag'
import { TicketBadges } from '../ticket-badges'
import { DetailRow } from './detail-row'
import { TicketPromise } from './promise'
import type { DetailViewer } from './types'

/** 职工说事 · 工资待遇, or 法律援助 · 欠薪 (a legal-aid case has a case type, not a category). */
function categoryText(ticket: TicketDetail): string {
  const kind = TICKET_KIND_LABELS[ticket.kind]
  const sub = ticket.legalCase
    ? CASE_TYPE_LABELS[ticket.legalCase.caseType]
    : ticket.category
      ? GRIEVANCE_CATEGORY_LABELS[ticket.category]
      : ''
  return sub ? `${kind} · ${sub}` : kind
}

/** Number, status, marks, deadline and where the ticket is now. */
export function DetailHeader({ ticket, viewer }: { ticket: TicketDetail; viewer: DetailViewer }) {
  const cadre = viewer === 'cadre'
  const moved = ticket.currentUnion.id !== ticket.targetUnion.id
  return (
    <View className='card detail-header'>
      <View className='detail-header-top'>
        <Text className='detail-number'>{ticket.number}</Text>
        <StatusTag status={ticket.status} />
      </View>
      <View className='detail-title'>{ticket.title}</View>
      <TicketBadges urgent={ticket.urgent} supervised={cadre && ticket.supervised} unreasonable={cadre && ticket.unreasonable} />
      {cadre ? <DueLight light={ticket.dueLight} dueAt={ticket.dueAt} dueKind={ticket.dueKind} /> : null}
      <TicketPromise ticket={ticket} viewer={viewer} />
      {cadre && ticket.unreasonable ? (
        <View className='detail-unreasonable'>不合理诉求{ticket.unreasonableReason ? `：${ticket.unreasonableReason}` : ''}</View>
      ) : null}

      <DetailRow label='类别'>
        <Text className='detail-category'>{categoryText(ticket)}</Text>
      </DetailRow>
      <DetailRow label='受理工会'>
        <Text className='detail-union'>{ticket.targetUnion.name}</Text>
      </DetailRow>
      {cadre || moved ? (
        <DetailRow label='承办工会'>
          <Text className='detail-current-union'>{ticket.currentUnion.name}</Text>
        </DetailRow>
      ) : null}
      {cadre && ticket.dispatchedFrom ? (
        <DetailRow label='派单工会'>
          <Text className='detail-dispatched-from'>{ticket.dispatchedFrom.name}</Text>
        </DetailRow>
      ) : null}
      <DetailRow label='提交时间'>
        <Text className='detail-created'>{formatDateTime(ticket.createdAt)}</Text>
      </DetailRow>
      <DetailRow label='最近更新'>
        <Text className='detail-updated'>{formatDateTime(ticket.updatedAt)}</Text>
      </DetailRow>
      {ticket.reopenCount > 0 ? (
        <DetailRow label='重办'>
          <Text className='detail-reopen'>重办 {ticket.reopenCount} 次</Text>
        </DetailRow>
      ) : null}
      {ticket.ratings ? (
        <View className='detail-ratings'>
          <RatingRows values={ticket.ratings} />
          {ticket.ratings.comment ? <View className='detail-ratings-comment'>{ticket.ratings.comment}</View> : null}
        </View>
      ) : null}
      {!cadre && ticket.status === 'answered' ? (
        <View className='detail-answered-hint'>
          {ticket.legalCase ? '律师已结案，请确认办理结果并评价' : '工会已答复，请确认问题是否解决'}；7 天内未确认的，系统将自动办结
        </View>
      ) : null}
      {ticket.autoConfirmed ? <View className='muted detail-auto-confirmed'>答复后 7 天内未确认，系统已自动办结</View> : null}
    </View>
  )
}
