import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { TicketEvent } from '../../../types/api'
import { ACTOR_ROLE_LABELS, TICKET_EVENT_LABELS, type TicketEventKind } from '../../../types/enums'
import { cx } from '../../utils/class-names'
import { formatDateTime } from '../../utils/date'
import { RatingRows } from '../rating-stars'

/** How the union an event sent the ticket to is introduced. */
const TO_UNION: Partial<Record<TicketEventKind, string>> = { dispatch: '派至', transfer: '转至', return: '退回', escalate: '报请督办：' }

/** How an event's chosen option (`reason`) is introduced: a 退单 reason, the stage a legal-aid
 * case moved to, the way it was closed. */
const REASON_PREFIX: Partial<Record<TicketEventKind, string>> = { advance_stage: '进入阶段：', close_case: '结案方式：' }

function actorText(e: TicketEvent): string {
  const who = e.actorName || ACTOR_ROLE_LABELS[e.actorRole]
  return e.actorUnion ? `${who} · ${e.actorUnion.name}` : who
}

function TimelineItem({ e }: { e: TicketEvent }) {
  const urls = e.attachments.map((a) => a.url)
  const comment = e.ratings?.comment && e.ratings.comment !== e.body ? e.ratings.comment : ''
  return (
    <View className={cx('timeline-item', `timeline-${e.action}`, e.visibility === 'internal' && 'timeline-item--internal')}>
      <View className='timeline-dot' />
      <View className='timeline-body'>
        <View className='timeline-head'>
          <Text className='timeline-action'>{TICKET_EVENT_LABELS[e.action]}</Text>
          {e.visibility === 'internal' ? <Text className='tag timeline-internal'>内部</Text> : null}
        </View>
        <View className='timeline-actor'>{actorText(e)}</View>
        {e.toUnion ? <View className='timeline-to'>{`${TO_UNION[e.action] ?? '至'} ${e.toUnion.name}`}</View> : null}
        {e.reason ? (
          <View className='timeline-reason'>
            {REASON_PREFIX[e.action] ?? '原因：'}
            {e.reason}
          </View>
        ) : null}
        {e.days !== null ? <View className='timeline-days'>延期 {e.days} 个工作日</View> : null}
        {e.ratings ? <RatingRows values={e.ratings} /> : null}
        {e.body ? (
          <Text className='timeline-text' userSelect>
            {e.body}
          </Text>
        ) : null}
        {comment ? <Text className='timeline-text'>{comment}</Text> : null}
        {urls.length > 0 ? (
          <View className='photo-grid timeline-photos'>
            {e.attachments.map((a) => (
              <Image
                key={a.id}
                className='photo-thumb timeline-photo'
                src={a.url}
                mode='aspectFill'
                onClick={() => void Taro.previewImage({ urls, current: a.url })}
              />
            ))}
          </View>
        ) : null}
        <Text className='timeline-date'>{formatDateTime(e.createdAt)}</Text>
      </View>
    </View>
  )
}

/** What happened, newest first (what the person opens the page for). */
export function Timeline({ events }: { events: TicketEvent[] }) {
  // Events written in one moment keep their order (reversed with the rest).
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.createdAt < b.e.createdAt ? 1 : a.e.createdAt > b.e.createdAt ? -1 : b.i - a.i))
    .map((x) => x.e)
  return (
    <View className='card timeline'>
      <View className='card-title'>办理进展</View>
      {sorted.map((e) => (
        <TimelineItem key={e.id} e={e} />
      ))}
      {sorted.length === 0 ? <View className='muted'>暂无进展</View> : null}
    </View>
  )
}
