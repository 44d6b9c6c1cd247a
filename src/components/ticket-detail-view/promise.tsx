import { Text, View } from '@tarojs/components'
import type { TicketDetail } from '../../../types/api'
import { OPEN_STATUSES } from '../../../types/enums'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'
import { countdownText } from '../../utils/deadline'
import type { DetailViewer } from './types'

const PAUSED: Record<DetailViewer, string> = {
  requester: '等待您补充材料，答复期限暂停计时',
  cadre: '等待职工补充材料，答复期限暂停计时'
}

/** The promise to the worker while the union still owes an answer: the date, and how long is left. */
export function TicketPromise({ ticket, viewer }: { ticket: TicketDetail; viewer: DetailViewer }) {
  if (!OPEN_STATUSES.includes(ticket.status)) return null
  if (ticket.paused) {
    return (
      <View className='promise promise--paused'>
        <Text className='promise-paused'>{PAUSED[viewer]}</Text>
      </View>
    )
  }
  if (!ticket.promisedAnswerDate) return null
  const left = ticket.workingDaysLeft
  return (
    <View className='promise'>
      <Text className='promise-date'>预计 {formatDate(ticket.promisedAnswerDate)} 前答复</Text>
      {left !== null ? <Text className={cx('promise-countdown', left <= 1 && 'promise-countdown--due')}>{countdownText(left)}</Text> : null}
    </View>
  )
}
