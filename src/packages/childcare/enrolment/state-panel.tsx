import { Text, View } from '@tarojs/components'
import type { EnrolmentView } from '../../../../types/api-childcare'
import { AppButton } from '../../../components/app-button'
import { formatDateTime } from '../../../utils/date'
import { countdownText } from '../../../utils/childcare-format'

interface StatePanelProps {
  view: EnrolmentView
  /** Now, by the server's clock. */
  now: number
  claiming: boolean
  onClaim: () => void
}

/** What this state means for the parent, and for an offered seat the one thing to do now. */
export function StatePanel({ view, now, claiming, onClaim }: StatePanelProps) {
  switch (view.state) {
    case 'waitlisted':
      return (
        <View className='cc-state-panel cc-waitlist'>
          <View className='cc-state-big'>{view.waitlistPosition !== null ? `候补第 ${view.waitlistPosition} 位` : '候补中'}</View>
          <View className='muted'>前面有人取消时按顺序转正，转正后需在规定时间内确认入班。</View>
        </View>
      )
    case 'offered': {
      const canClaim = view.allowedActions.includes('claim')
      const left = view.claimBy ? Date.parse(view.claimBy) - now : 0
      return (
        <View className='cc-state-panel cc-offer'>
          <View className='cc-state-big'>候补转正，请确认入班</View>
          {view.claimBy ? <View className='cc-claim-by'>请在 {formatDateTime(view.claimBy)} 前确认，逾期名额顺延给下一位</View> : null}
          {view.claimBy && left > 0 ? <Text className='cc-countdown cc-claim-countdown'>剩余 {countdownText(left)}</Text> : null}
          {canClaim ? (
            <AppButton className='btn btn--primary btn--block cc-claim-btn' disabled={claiming} onClick={onClaim}>
              {claiming ? '提交中…' : '确认入班'}
            </AppButton>
          ) : null}
        </View>
      )
    }
    case 'applied':
      return (
        <View className='cc-state-panel'>
          <View className='cc-state-big'>已提交，等待抽签</View>
          <View className='muted'>报名截止后公开抽签，结果会通知您。</View>
        </View>
      )
    case 'pending_review':
      return (
        <View className='cc-state-panel'>
          <View className='cc-state-big'>待工会审核</View>
          <View className='muted'>名额已为您保留，审核通过即入班。</View>
        </View>
      )
    case 'held':
      return (
        <View className='cc-state-panel'>
          <View className='cc-state-big'>报名成功</View>
          <View className='muted'>请按时送孩子入班。</View>
        </View>
      )
    case 'rejected':
      return (
        <View className='cc-state-panel cc-rejected'>
          <View className='cc-state-big'>审核未通过</View>
          {view.rejectReason ? <View className='cc-reject-reason'>原因：{view.rejectReason}</View> : null}
        </View>
      )
    default:
      return null
  }
}
