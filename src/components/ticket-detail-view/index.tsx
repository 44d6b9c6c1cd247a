import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { TicketDetail, TicketEvent } from '../../../types/api'
import { ACTOR_ROLE_LABELS, GRIEVANCE_CATEGORY_LABELS, TICKET_ACTION_LABELS, TICKET_KIND_LABELS } from '../../../types/enums'
import { cx } from '../../utils/class-names'
import { formatDate, formatDateTime } from '../../utils/date'
import { RatingStars } from '../rating-stars'
import { StatusTag } from '../status-tag'
import { ActionPanel, type ActionOutcome, type ActionRequest } from './action-panel'
import './index.scss'

export type { ActionOutcome, ActionRequest } from './action-panel'

export type DetailViewer = 'requester' | 'cadre'

interface TicketDetailViewProps {
  ticket: TicketDetail
  /** The cadre view adds who filed it (or 已保密) and internal notes. */
  viewer: DetailViewer
  onAction: (request: ActionRequest) => Promise<ActionOutcome>
}

function eventLabel(e: TicketEvent): string {
  return e.action === 'submit' ? '提交诉求' : TICKET_ACTION_LABELS[e.action]
}

const CONFIDENTIAL = '已保密'

function Row({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={cx('detail-row', className)}>
      <Text className='detail-row-label'>{label}</Text>
      <View className='detail-row-value'>{children}</View>
    </View>
  )
}

export function TicketDetailView({ ticket, viewer, onAction }: TicketDetailViewProps) {
  // Newest first: what happened last is what the person opens the page for.
  const events = [...ticket.events].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  const photoUrls = ticket.attachments.map((a) => a.url)

  return (
    <View className={cx('ticket-detail', `ticket-detail--${viewer}`)}>
      <View className='card detail-header'>
        <View className='detail-header-top'>
          <Text className='detail-number'>{ticket.number}</Text>
          <StatusTag status={ticket.status} />
        </View>
        <View className='detail-title'>{ticket.title}</View>
        <Row label='类别'>
          <Text className='detail-category'>
            {TICKET_KIND_LABELS[ticket.kind]} · {GRIEVANCE_CATEGORY_LABELS[ticket.category]}
          </Text>
        </Row>
        <Row label='受理工会'>
          <Text className='detail-union'>{ticket.targetUnion.name}</Text>
        </Row>
        <Row label='提交时间'>
          <Text className='detail-created'>{formatDateTime(ticket.createdAt)}</Text>
        </Row>
        <Row label='最近更新'>
          <Text className='detail-updated'>{formatDateTime(ticket.updatedAt)}</Text>
        </Row>
        {ticket.rating !== null ? (
          <Row label='评价'>
            <RatingStars value={ticket.rating} />
          </Row>
        ) : null}
        {ticket.reopenCount > 0 ? (
          <Row label='重新办理'>
            <Text>{ticket.reopenCount} 次</Text>
          </Row>
        ) : null}
      </View>

      {viewer === 'cadre' ? (
        <View className='card detail-requester'>
          <View className='card-title'>诉求人</View>
          <Row label='姓名' className='requester-name'>
            <Text className={cx(ticket.requesterName === null && 'detail-hidden')}>{ticket.requesterName ?? CONFIDENTIAL}</Text>
          </Row>
          <Row label='联系电话' className='requester-phone'>
            <Text className={cx(ticket.contactPhone === null && 'detail-hidden')}>{ticket.contactPhone ?? CONFIDENTIAL}</Text>
          </Row>
          <Row label='工作单位'>
            <Text>{ticket.employer || '未填写'}</Text>
          </Row>
          {ticket.confidential ? <View className='detail-confidential muted'>职工要求对所在企业保密，请勿向企业透露其身份。</View> : null}
        </View>
      ) : (
        <View className='card detail-mine'>
          <Row label='工作单位'>
            <Text>{ticket.employer || '未填写'}</Text>
          </Row>
          <Row label='联系电话'>
            <Text>{ticket.contactPhone ?? ''}</Text>
          </Row>
          {ticket.confidential ? <View className='detail-confidential muted'>已要求对所在企业保密</View> : null}
        </View>
      )}

      <View className='card detail-description'>
        <View className='card-title'>诉求内容</View>
        <Text className='detail-description-text' userSelect>
          {ticket.description}
        </Text>
        {photoUrls.length > 0 ? (
          <View className='photo-grid detail-photos'>
            {ticket.attachments.map((a) => (
              <Image
                key={a.id}
                className='photo-thumb detail-photo'
                src={a.url}
                mode='aspectFill'
                onClick={() => void Taro.previewImage({ urls: photoUrls, current: a.url })}
              />
            ))}
          </View>
        ) : null}
      </View>

      <ActionPanel actions={ticket.allowedActions} onAction={onAction} />

      <View className='card timeline'>
        <View className='card-title'>办理进展</View>
        {events.map((e) => (
          <View key={e.id} className={cx('timeline-item', `timeline-${e.action}`, e.visibility === 'internal' && 'timeline-item--internal')}>
            <View className='timeline-dot' />
            <View className='timeline-body'>
              <View className='timeline-head'>
                <Text className='timeline-action'>{eventLabel(e)}</Text>
                {e.visibility === 'internal' ? <Text className='tag timeline-internal'>内部</Text> : null}
                <Text className='timeline-actor'>
                  {ACTOR_ROLE_LABELS[e.actorRole]}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Text>
              </View>
              {e.rating !== null ? <RatingStars value={e.rating} /> : null}
              {e.body ? (
                <Text className='timeline-text' userSelect>
                  {e.body}
                </Text>
              ) : null}
              <Text className='timeline-date'>{formatDateTime(e.createdAt)}</Text>
            </View>
          </View>
        ))}
        {events.length === 0 ? <View className='muted'>暂无进展</View> : null}
      </View>
      <View className='muted detail-footnote'>提交于 {formatDate(ticket.createdAt)}</View>
    </View>
  )
}
