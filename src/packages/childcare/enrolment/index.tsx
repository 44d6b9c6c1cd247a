import { useEffect, useRef } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EnrolmentView } from '../../../../types/api-childcare'
import { ACTIVE_STATES, PRIORITY_GROUP_LABELS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { StatusTag } from '../../../components/status-tag'
import { usePageReturn } from '../../../hooks/use-page-return'
import { formatDateTime } from '../../../utils/date'
import { CHILDCARE_ENROLMENT_PAGE, withQuery } from '../../../utils/routes'
import { periodDates, periodHours } from '../../../utils/childcare-format'
import { InfoRow } from '../kit/info-row'
import { LoginGate } from '../kit/login-gate'
import { useServerClock } from '../kit/use-server-clock'
import { DrawRecordSection } from './draw-record'
import { StatePanel } from './state-panel'
import { EnrolmentTimeline } from './timeline'
import { useEnrolment, type EnrolmentPage } from './use-enrolment'
import './index.scss'

/** Only lottery sign-ups get a draw_* event, and only once the lottery has been drawn. */
function drawn(view: EnrolmentView): boolean {
  return view.events.some((e) => e.action === 'draw_seat' || e.action === 'draw_waitlist' || e.action === 'draw_out')
}

async function confirmCancel(view: EnrolmentView): Promise<boolean> {
  const content =
    view.state === 'waitlisted'
      ? '取消后将退出候补，不能恢复。确定取消吗？'
      : '取消后名额将让给候补的家庭，不能恢复。确定取消报名吗？'
  const { confirm } = await Taro.showModal({ title: '取消报名', content, confirmText: '确定取消', cancelText: '再想想', confirmColor: '#C8161D' })
  return confirm
}

function EnrolmentBody({ page, view }: { page: EnrolmentPage; view: EnrolmentView }) {
  const counting = view.state === 'offered' && view.claimBy !== null
  const now = useServerClock(view.serverTime, counting)
  const active = ACTIVE_STATES.includes(view.state)
  const canCancel = view.allowedActions.includes('cancel')

  // When the claim window closes on screen, ask the server how things stand now (once).
  const expiredFor = useRef('')
  const { reload } = page
  const claimOver = counting && view.claimBy !== null && now >= Date.parse(view.claimBy)
  useEffect(() => {
    if (!claimOver || !view.claimBy || expiredFor.current === view.claimBy) return
    expiredFor.current = view.claimBy
    void reload()
  }, [claimOver, view.claimBy, reload])

  const cancel = async () => {
    if (await confirmCancel(view)) await page.act('cancel')
  }

  return (
    <View>
      {page.notice ? <View className='notice cc-enrolment-notice'>{page.notice}</View> : null}
      <View className='card cc-enrolment-head'>
        <View className='cc-enrolment-top'>
          <Text className='cc-enrolment-number'>{view.number}</Text>
          {/* The state's own label here; the waitlist place has the big panel below. */}
          <StatusTag status={null} booking={{ state: view.state, waitlistPosition: null }} />
        </View>
        <View className='cc-enrolment-title'>{view.class.title}</View>
        <View className='cc-enrolment-who'>
          {view.child.name} · {view.period.name}
        </View>
        <StatePanel view={view} now={now} claiming={page.acting === 'claim'} onClaim={() => void page.act('claim')} />
      </View>

      <View className='card cc-enrolment-facts'>
        <InfoRow label='班期' className='cc-info-period'>
          {periodDates(view.period)}
        </InfoRow>
        <InfoRow label='时间' className='cc-info-hours'>
          {periodHours(view.period)}
        </InfoRow>
        <InfoRow label='地址'>{view.class.address}</InfoRow>
        <InfoRow label='举办工会'>{view.class.union.name}</InfoRow>
        {view.class.bring ? <InfoRow label='携带物品'>{view.class.bring}</InfoRow> : null}
        {view.priorityGroups.length > 0 ? <InfoRow label='优先类别'>{view.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join('、')}</InfoRow> : null}
        <InfoRow label='联系电话'>{view.contactPhone}</InfoRow>
        {view.note ? <InfoRow label='备注'>{view.note}</InfoRow> : null}
        <InfoRow label='报名时间'>{formatDateTime(view.createdAt)}</InfoRow>
      </View>

      {active ? (
        <View className='card cc-cancel'>
          <View className='muted cc-cancel-by'>
            {canCancel
              ? view.state === 'waitlisted' || view.state === 'offered'
                ? '不再需要时可随时取消，名额会让给其他家庭'
                : `${formatDateTime(view.cancelBy)} 前可以取消报名`
              : `已过取消截止时间（${formatDateTime(view.cancelBy)}），如需请假请联系托班工会`}
          </View>
          {canCancel ? (
            <AppButton className='btn btn--plain btn--block cc-cancel-btn' disabled={page.acting !== null} onClick={() => void cancel()}>
              {page.acting === 'cancel' ? '提交中…' : '取消报名'}
            </AppButton>
          ) : null}
        </View>
      ) : null}

      {drawn(view) ? <DrawRecordSection periodId={view.period.id} myNumber={view.number} /> : null}
      <EnrolmentTimeline events={view.events} />
    </View>
  )
}

function EnrolmentLoader({ id }: { id: string }) {
  const page = useEnrolment(id)
  // Back on this page (e.g. from 我的): the state may have moved (a draw, a promotion).
  usePageReturn(() => void page.reload())
  if (page.state.status === 'loading') return <LoadingState />
  if (page.state.status === 'error') return <ErrorState message={page.state.message} onRetry={() => void page.reload()} />
  return <EnrolmentBody page={page} view={page.state.view} />
}

export default function EnrolmentPage() {
  const router = useRouter()
  const id = router?.params.id ?? ''
  return (
    <PageShell className='cc-enrolment'>
      <LoginGate page={withQuery(CHILDCARE_ENROLMENT_PAGE, { id })}>
        <EnrolmentLoader id={id} />
      </LoginGate>
    </PageShell>
  )
}
