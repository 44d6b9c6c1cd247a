import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import type { RosterEntry } from '../../../../types/api-childcare'
import { ENROLMENT_STATE_LABELS, GENDER_LABELS, PRIORITY_GROUP_LABELS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { cx } from '../../../utils/class-names'
import { gradeLabel } from '../../../utils/childcare-format'
import { formatDateTime } from '../../../utils/date'

interface RosterEntryProps {
  entry: RosterEntry
  busy: boolean
  onReview: (entry: RosterEntry, decision: 'approve' | 'reject', reason: string) => Promise<boolean>
}

/** One child on the roster, with 审核 for sign-ups awaiting it. */
export function RosterEntryCard({ entry: e, busy, onReview }: RosterEntryProps) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const c = e.child
  const reject = async () => {
    if (reason.trim() === '') {
      setError('请填写审核不通过的原因')
      return
    }
    if (await onReview(e, 'reject', reason.trim())) setRejecting(false)
  }
  return (
    <View className='card roster-entry' id={`entry-${e.enrolmentId}`}>
      <View className='roster-entry-head'>
        <Text className='roster-child'>{c.name}</Text>
        <Text className={cx('tag', `state-${e.state}`, (e.state === 'pending_review' || e.state === 'offered') && 'tag--red')}>
          {e.state === 'waitlisted' && e.waitlistPosition ? `候补第 ${e.waitlistPosition} 位` : ENROLMENT_STATE_LABELS[e.state]}
        </Text>
      </View>
      <View className='muted'>
        {GENDER_LABELS[c.gender]} · 开班时 {c.ageAtStart} 岁 · {gradeLabel(c.grade)}
        {c.school ? ` · ${c.school}` : ''}
      </View>
      {c.healthNotes ? <View className='roster-health'>健康/过敏：{c.healthNotes}</View> : null}
      <View className='roster-line'>家长 {e.guardianName} {e.contactPhone}</View>
      <View className='roster-line'>紧急联系人 {c.emergencyName} {c.emergencyPhone}</View>
      {e.priorityGroups.length ? <View className='roster-line'>优先：{e.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join('、')}</View> : null}
      {e.claimBy ? <View className='roster-line'>须于 {formatDateTime(e.claimBy)} 前确认入班</View> : null}
      {e.attendance.marked ? <View className='roster-line'>出勤 {e.attendance.present}/{e.attendance.marked} 天</View> : null}
      {e.note ? <View className='roster-line muted'>备注：{e.note}</View> : null}
      {e.state === 'pending_review' ? (
        rejecting ? (
          <View className='reject-form'>
            <Textarea className='textarea reject-reason' value={reason} maxlength={200} placeholder='不通过的原因，会告知家长' placeholderClass='placeholder' onInput={(ev) => { setReason(ev.detail.value); setError('') }} />
            {error ? <View className='field-error'>{error}</View> : null}
            <View className='row-actions'>
              <AppButton className='btn btn--plain' onClick={() => setRejecting(false)}>取消</AppButton>
              <AppButton className='btn btn--primary reject-submit' disabled={busy} onClick={() => void reject()}>确认不通过</AppButton>
            </View>
          </View>
        ) : (
          <View className='row-actions'>
            <AppButton className='btn btn--plain reject-btn' disabled={busy} onClick={() => setRejecting(true)}>审核不通过</AppButton>
            <AppButton className='btn btn--primary approve-btn' disabled={busy} onClick={() => void onReview(e, 'approve', '')}>审核通过</AppButton>
          </View>
        )
      ) : null}
    </View>
  )
}
