import { Text, View } from '@tarojs/components'
import type { ClassCard } from '../../../../types/api-childcare'
import { formatDateTime } from '../../../utils/date'
import { countdownText, phaseAt } from '../../../utils/childcare-format'
import './kit.scss'

interface OpeningLineProps {
  cls: Pick<ClassCard, 'phase' | 'opensAt' | 'closesAt'>
  /** Now, by the server's clock. */
  now: number
}

/** Before opening a countdown; while open the closing time; then that it is closed. */
export function OpeningLine({ cls, now }: OpeningLineProps) {
  const phase = phaseAt(cls, now)
  if (phase === 'upcoming') {
    return (
      <View className='cc-opening cc-opening--upcoming'>
        <Text className='cc-countdown'>距开始报名还有 {countdownText(Date.parse(cls.opensAt) - now)}</Text>
        <Text className='cc-opening-at'>{formatDateTime(cls.opensAt)} 开始报名</Text>
      </View>
    )
  }
  if (phase === 'open') {
    return (
      <View className='cc-opening cc-opening--open'>
        <Text className='cc-opening-state'>报名中</Text>
        <Text className='cc-opening-at'>{formatDateTime(cls.closesAt)} 截止</Text>
      </View>
    )
  }
  return (
    <View className='cc-opening cc-opening--closed'>
      <Text className='cc-opening-state'>{phase === 'draft' ? '尚未发布' : '报名已截止'}</Text>
    </View>
  )
}
