import { Text, View } from '@tarojs/components'
import type { EnrolmentEvent } from '../../../../types/api-childcare'
import { ENROLMENT_EVENT_LABELS, ENROLMENT_STATE_LABELS } from '../../../../types/childcare'
import { ACTOR_ROLE_LABELS } from '../../../../types/enums'
import { formatDateTime } from '../../../utils/date'

/** What happened to the sign-up, newest first. */
export function EnrolmentTimeline({ events }: { events: EnrolmentEvent[] }) {
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.createdAt < b.e.createdAt ? 1 : a.e.createdAt > b.e.createdAt ? -1 : b.i - a.i))
    .map((x) => x.e)
  return (
    <View className='card cc-timeline'>
      <View className='card-title'>办理进展</View>
      {sorted.length === 0 ? <View className='muted'>暂无进展</View> : null}
      {sorted.map((e) => (
        <View key={e.id} className={`cc-timeline-item cc-timeline-${e.action}`}>
          <View className='cc-timeline-dot' />
          <View className='cc-timeline-body'>
            <View className='cc-timeline-head'>
              <Text className='cc-timeline-action'>{ENROLMENT_EVENT_LABELS[e.action]}</Text>
              <Text className='muted'>→ {ENROLMENT_STATE_LABELS[e.toState]}</Text>
            </View>
            <View className='muted'>{e.actorName || ACTOR_ROLE_LABELS[e.actorRole]}</View>
            {e.body ? <Text className='cc-timeline-text'>{e.body}</Text> : null}
            <Text className='muted cc-timeline-date'>{formatDateTime(e.createdAt)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
