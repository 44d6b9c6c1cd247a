import Taro, { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { ChildProfile, ClassDetail, PeriodView } from '../../../../types/api-childcare'
import { PRIORITY_GROUP_LABELS, type PriorityGroup } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { CheckOption } from '../../../components/check-option'
import { FormField } from '../../../components/form-field'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { usePageReturn } from '../../../hooks/use-page-return'
import { CHILD_EDIT_PAGE, CHILDCARE_SIGN_UP_PAGE, withQuery } from '../../../utils/routes'
import { periodDates, periodHours, phaseAt } from '../../../utils/childcare-format'
import { LoginGate } from '../kit/login-gate'
import { OpeningLine } from '../kit/opening-line'
import { SeatsTag } from '../kit/seats-tag'
import { useServerClock } from '../kit/use-server-clock'
import { ChildChoice } from './child-choice'
import { SignUpResult } from './sign-up-result'
import { useSignUpData } from './use-sign-up-data'
import { useSignUpForm } from './use-sign-up-form'
import './index.scss'
import { PhoneInput } from '../../../components/phone-input'

const MAX_NOTE = 200

interface FormProps {
  cls: ClassDetail
  period: PeriodView
  kids: ChildProfile[]
}

function SignUpFormView({ cls, period, kids }: FormProps) {
  const form = useSignUpForm(period.id)
  const { fields, errors, update } = form
  // Opened early (a shared link, a page left open): the button waits for the opening by itself.
  const now = useServerClock(cls.serverTime, phaseAt(cls, Date.parse(cls.serverTime)) === 'upcoming')
  const phase = phaseAt(cls, now)

  const togglePriority = (g: PriorityGroup, on: boolean) => {
    const next = on ? fields.priorityGroups.concat(g) : fields.priorityGroups.filter((x) => x !== g)
    update('priorityGroups', next, 'priority')
  }
  const editChild = (id?: string) => void Taro.navigateTo({ url: withQuery(CHILD_EDIT_PAGE, { id }) })

  return (
    <View className='cc-sign-up-form'>
      <View className='card cc-sign-up-head'>
        <View className='cc-sign-up-class'>{cls.title}</View>
        <View className='cc-sign-up-period'>
          <Text className='cc-sign-up-period-name'>{period.name}</Text>
          <SeatsTag period={period} />
        </View>
        <View className='muted'>
          {periodDates(period)} · {periodHours(period)}
        </View>
        <OpeningLine cls={cls} now={now} />
      </View>

      {form.result ? (
        <SignUpResult result={form.result} onOpen={form.openResult} />
      ) : (
        <View>
          {form.notice ? <View className='notice cc-sign-up-notice'>{form.notice}</View> : null}
          <FormField name='child' label='报名的孩子' required error={errors.child}>
            <ChildChoice
              kids={kids}
              value={fields.childId}
              onChange={(id) => update('childId', id, 'child')}
              onAdd={() => editChild()}
              onRenewConsent={(c) => editChild(c.id)}
            />
          </FormField>
          {cls.priorityGroups.length > 0 ? (
            <FormField name='priority' label='优先类别（选填）' error={errors.priority} hint='如实勾选；工会审核时可能需要您提供证明'>
              {cls.priorityGroups.map((g) => (
                <CheckOption
                  key={g}
                  className={`cc-priority cc-priority-${g}`}
                  checked={fields.priorityGroups.includes(g)}
                  onChange={(on) => togglePriority(g, on)}
                >
                  {PRIORITY_GROUP_LABELS[g]}
                </CheckOption>
              ))}
            </FormField>
          ) : null}
          <FormField name='phone' label='联系电话' required error={errors.phone} hint='托班工会有事时联系您，不会公开'>
            <PhoneInput value={fields.contactPhone} onChange={(v) => update('contactPhone', v, 'phone')} />
          </FormField>
          <FormField name='note' label='备注（选填）' error={errors.note} extra={<Text className='muted'>{fields.note.length}/{MAX_NOTE}</Text>}>
            <Textarea
              className='textarea cc-note'
              value={fields.note}
              maxlength={MAX_NOTE}
              placeholder='需要工会了解的情况，如接送安排'
              placeholderClass='placeholder'
              onInput={(e) => update('note', e.detail.value, 'note')}
            />
          </FormField>
          <AppButton className='btn btn--primary btn--block cc-submit-btn' disabled={form.submitting || phase !== 'open'} onClick={() => void form.submit()}>
            {phase === 'upcoming' ? '未开始报名' : phase !== 'open' ? '报名已截止' : form.submitting ? '提交中…' : '提交报名'}
          </AppButton>
        </View>
      )}
    </View>
  )
}

function SignUpBody({ classId, periodId }: { classId: string; periodId: string }) {
  const { data, reload, reloadChildren } = useSignUpData(classId, periodId)
  // Back from adding a child: list the new one.
  usePageReturn(() => void reloadChildren())
  if (data.status === 'loading') return <LoadingState />
  if (data.status === 'error') return <ErrorState message={data.message} onRetry={() => void reload()} />
  return <SignUpFormView cls={data.cls} period={data.period} kids={data.children} />
}

export default function SignUpPage() {
  const router = useRouter()
  const classId = router?.params.classId ?? ''
  const periodId = router?.params.periodId ?? ''
  return (
    <PageShell className='cc-sign-up'>
      <LoginGate page={withQuery(CHILDCARE_SIGN_UP_PAGE, { classId, periodId })}>
        <SignUpBody classId={classId} periodId={periodId} />
      </LoginGate>
    </PageShell>
  )
}
