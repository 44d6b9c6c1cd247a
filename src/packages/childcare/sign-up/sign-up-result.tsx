import { View } from '@tarojs/components'
import type { EnrolmentView } from '../../../../types/api-childcare'
import type { EnrolmentState } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { signUpAnswerText } from '../../../utils/childcare-format'

const NEXT_STEP: Partial<Record<EnrolmentState, string>> = {
  held: '请按时送孩子入班，记得带齐所需物品。',
  pending_review: '工会审核资格后会通知您结果。',
  waitlisted: '有名额空出时按候补顺序转正，届时请在规定时间内确认入班。',
  applied: '报名截止后公开抽签，结果会通知您。'
}

/** The server's answer, the moment it arrives. */
export function SignUpResult({ result, onOpen }: { result: EnrolmentView; onOpen: () => void }) {
  return (
    <View className='card cc-sign-up-result'>
      <View className='cc-result-answer'>{signUpAnswerText(result)}</View>
      <View className='cc-result-who'>
        {result.child.name} · {result.period.name}
      </View>
      {NEXT_STEP[result.state] ? <View className='muted cc-result-next'>{NEXT_STEP[result.state]}</View> : null}
      <AppButton className='btn btn--primary btn--block cc-result-open' onClick={onOpen}>
        查看报名详情
      </AppButton>
    </View>
  )
}
