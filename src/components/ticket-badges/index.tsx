import { Text, View } from '@tarojs/components'
import './index.scss'

interface TicketBadgesProps {
  urgent: boolean
  supervised: boolean
  unreasonable: boolean
}

/** 紧急 / 督办 / 不合理诉求 marks; nothing when none applies. */
export function TicketBadges({ urgent, supervised, unreasonable }: TicketBadgesProps) {
  if (!urgent && !supervised && !unreasonable) return null
  return (
    <View className='ticket-badges'>
      {urgent ? <Text className='badge badge-urgent'>紧急</Text> : null}
      {supervised ? <Text className='badge badge-supervised'>督办</Text> : null}
      {unreasonable ? <Text className='badge badge-unreasonable'>不合理诉求</Text> : null}
    </View>
  )
}
