import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Roster, RosterEntry } from '../../../../types/api-childcare'
import type { EnrolmentState } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { usePageReturn } from '../../../hooks/use-page-return'
import { exportRoster, fetchRoster, reviewEnrolment } from '../../../services/childcare-admin'
import { errorMessage } from '../../../services/request'
import { cx } from '../../../utils/class-names'
import { periodDates, periodHours } from '../../../utils/childcare-format'
import { WORKBENCH_ATTENDANCE_PAGE, WORKBENCH_ROSTER_PAGE, withQuery } from '../../../utils/routes'
import { CadreGate } from '../admin-kit/cadre-gate'
import { openExport } from './open-export'
import { RosterEntryCard } from './roster-entry'
import './index.scss'

const TABS: { key: string; label: string; states: readonly EnrolmentState[] | null }[] = [
  { key: 'seated', label: '在班', states: ['held', 'offered'] },
  { key: 'review', label: '待审核', states: ['pending_review'] },
  { key: 'waiting', label: '候补', states: ['waitlisted'] },
  { key: 'all', label: '全部', states: null }
]

function RosterView({ periodId }: { periodId: string }) {
  const load = useLoad(useCallback(() => fetchRoster(periodId), [periodId]))
  const [tab, setTab] = useState('seated')
  const [busy, setBusy] = useState(false)
  usePageReturn(() => void load.reload({ silent: true }))

  const review = async (e: RosterEntry, decision: 'approve' | 'reject', reason: string): Promise<boolean> => {
    if (busy) return false
    setBusy(true)
    try {
      await reviewEnrolment(e.enrolmentId, decision, reason)
      void Taro.showToast({ title: decision === 'approve' ? '已通过' : '已告知家长', icon: 'success' })
      await load.reload({ silent: true })
      return true
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
      return false
    } finally {
      setBusy(false)
    }
  }
  const exportXlsx = async () => {
    try {
      await openExport((await exportRoster(periodId)).url)
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    }
  }

  const { state } = load
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState message={state.error} onRetry={() => void load.reload()} />
  const r: Roster = state.value
  const shown = TABS.find((t) => t.key === tab)?.states
  const entries = r.entries.filter((e) => !shown || shown.includes(e.state))
  return (
    <View>
      <View className='card roster-head'>
        <View className='roster-title'>{r.classTitle} · {r.period.name}</View>
        <View className='muted'>{periodDates(r.period)} · {periodHours(r.period)}</View>
        <View className='roster-counts'>
          已报 {r.period.held + r.period.offered}/{r.period.capacity} · 待审核 {r.period.pendingReview} · 候补 {r.period.waitlistCount}
        </View>
        <View className='row-actions'>
          <AppButton className='btn btn--plain export-btn' onClick={() => void exportXlsx()}>导出 Excel</AppButton>
          <AppButton className='btn btn--primary attendance-btn' onClick={() => void Taro.navigateTo({ url: withQuery(WORKBENCH_ATTENDANCE_PAGE, { periodId }) })}>
            考勤
          </AppButton>
        </View>
      </View>
      <View className='roster-tabs'>
        {TABS.map((t) => (
          <View key={t.key} id={`tab-${t.key}`} className={cx('roster-tab', tab === t.key && 'roster-tab--on')} onClick={() => setTab(t.key)}>
            <Text>{t.label}</Text>
          </View>
        ))}
      </View>
      {entries.length === 0 ? <EmptyState text='这里还没有孩子' /> : entries.map((e) => <RosterEntryCard key={e.enrolmentId} entry={e} busy={busy} onReview={review} />)}
    </View>
  )
}

/** 名单: one period's children, review, export and the way to 考勤. */
export default function RosterPage() {
  const { params } = useRouter()
  return (
    <PageShell className='cc-roster'>
      <CadreGate page={withQuery(WORKBENCH_ROSTER_PAGE, { periodId: params.periodId })}>
        {() => (params.periodId ? <RosterView periodId={params.periodId} /> : <EmptyState text='没有指定班期' />)}
      </CadreGate>
    </PageShell>
  )
}
