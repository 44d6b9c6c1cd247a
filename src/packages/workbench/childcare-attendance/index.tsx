import { useCallback, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { isCalendarDate } from '../../../../types/schemas/childcare'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { fetchRoster } from '../../../services/childcare-admin'
import { cx } from '../../../utils/class-names'
import { formatDate } from '../../../utils/date'
import { WORKBENCH_ATTENDANCE_PAGE, withQuery } from '../../../utils/routes'
import { CadreGate } from '../admin-kit/cadre-gate'
import { shanghai } from '../childcare-class-edit/class-fields'
import { useAttendance } from './use-attendance'
import './index.scss'

function Sheet({ periodId, date }: { periodId: string; date: string }) {
  const a = useAttendance(periodId, date)
  if (a.error) return <ErrorState message={a.error} onRetry={() => void a.reload()} />
  if (!a.sheet) return <LoadingState />
  if (a.sheet.entries.length === 0) return <EmptyState text='本班期还没有报名成功的孩子' />
  return (
    <View>
      {a.sheet.entries.map((e) => {
        const mark = a.marks[e.enrolmentId]
        return (
          <View key={e.enrolmentId} id={`row-${e.enrolmentId}`} className={cx('card attendance-row', mark === true && 'attendance-row--present', mark === false && 'attendance-row--absent')} onClick={() => a.toggle(e.enrolmentId)}>
            <Text className='attendance-name'>{e.childName}</Text>
            <Text className='attendance-mark'>{mark === undefined ? '未登记' : mark ? '出勤' : '缺勤'}</Text>
          </View>
        )
      })}
      <View className='row-actions'>
        <AppButton className='btn btn--plain attendance-all' onClick={a.allPresent}>全部出勤</AppButton>
        <AppButton className='btn btn--primary attendance-save' disabled={a.saving} onClick={() => void a.save()}>
          {a.saving ? '保存中…' : a.saved ? '已保存' : '保存'}
        </AppButton>
      </View>
    </View>
  )
}

function Attendance({ periodId }: { periodId: string }) {
  const roster = useLoad(useCallback(() => fetchRoster(periodId), [periodId]))
  const [typed, setTyped] = useState('')
  if (roster.state.status === 'loading') return <LoadingState />
  if (roster.state.status === 'error') return <ErrorState message={roster.state.error} onRetry={() => void roster.reload()} />
  const p = roster.state.value.period
  const today = shanghai(new Date())[0]
  const fallback = today < p.startDate ? p.startDate : today > p.endDate ? p.endDate : today
  const date = isCalendarDate(typed) && typed >= p.startDate && typed <= p.endDate ? typed : fallback
  return (
    <View>
      <View className='card attendance-head'>
        <View className='attendance-title'>{roster.state.value.classTitle} · {p.name}</View>
        <View className='attendance-date'>{formatDate(date)}</View>
        <Input className='input attendance-date-input' value={typed} maxlength={10} placeholder={`换一天：${p.startDate} 至 ${p.endDate}`} placeholderClass='placeholder' onInput={(e) => setTyped(e.detail.value)} />
      </View>
      <Sheet key={date} periodId={periodId} date={date} />
    </View>
  )
}

/** 考勤: tick who came today (or another day of the period). */
export default function AttendancePage() {
  const { params } = useRouter()
  return (
    <PageShell className='cc-attendance'>
      <CadreGate page={withQuery(WORKBENCH_ATTENDANCE_PAGE, { periodId: params.periodId })}>
        {() => (params.periodId ? <Attendance periodId={params.periodId} /> : <EmptyState text='没有指定班期' />)}
      </CadreGate>
    </PageShell>
  )
}
