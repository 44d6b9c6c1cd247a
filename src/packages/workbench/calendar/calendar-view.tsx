import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CalendarStatus } from '../../../../types/api'
import type { CalendarOverrideInput } from '../../../../types/schemas/workflow-admin'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { usePageReturn } from '../../../hooks/use-page-return'
import { errorMessage } from '../../../services/request'
import {
  addCalendarOverride,
  confirmCalendarYear,
  fetchCalendarStatus,
  removeCalendarOverride,
  unconfirmCalendarYear
} from '../../../services/workbench-admin'
import { confirmDelete } from '../admin-kit/form'
import { OverrideForm } from './override-form'
import { OverrideList } from './override-list'
import { ConfirmedYearList, MissingYearPrompts } from './year-confirmations'

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; status: CalendarStatus }

export function CalendarView() {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [busyYear, setBusyYear] = useState<number | null>(null)

  const load = useCallback((silent = false) => {
    if (!silent) setState({ kind: 'loading' })
    fetchCalendarStatus().then(
      (status) => setState({ kind: 'ready', status }),
      (err: unknown) => {
        if (!silent) setState({ kind: 'error', message: errorMessage(err) })
      }
    )
  }, [])

  useEffect(() => load(), [load])
  usePageReturn(() => load(true))

  if (state.kind === 'loading') return <LoadingState />
  if (state.kind === 'error') return <ErrorState message={state.message} onRetry={() => load()} />
  const { status } = state

  const add = async (input: CalendarOverrideInput) => {
    const next = await addCalendarOverride(input)
    setState({ kind: 'ready', status: next })
    void Taro.showToast({ title: '已录入', icon: 'success' })
  }

  const remove = async (date: string) => {
    if (!(await confirmDelete(`删除 ${date} 的安排后，期限将按原规则计算。`))) return
    try {
      setState({ kind: 'ready', status: await removeCalendarOverride(date) })
      void Taro.showToast({ title: '已删除', icon: 'success' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    }
  }

  /** Ask first, then send; a failure shows the server's message and leaves the page as it was. */
  const changeYear = async (year: number, ask: { title: string; content: string; confirmText: string }, send: (y: number) => Promise<CalendarStatus>, done: string) => {
    if (busyYear !== null) return
    const { confirm } = await Taro.showModal({ ...ask, confirmColor: '#C8161D' })
    if (!confirm) return
    setBusyYear(year)
    try {
      setState({ kind: 'ready', status: await send(year) })
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setBusyYear(null)
    }
  }

  const confirmYear = (year: number) =>
    changeYear(
      year,
      {
        title: `确认 ${year} 年已全部录入`,
        content: `请确认已按国务院办公厅通知录入 ${year} 年全部放假和调休上班日期。确认后，工作台不再提醒。`,
        confirmText: '确认'
      },
      confirmCalendarYear,
      '已确认'
    )

  const unconfirmYear = (year: number) =>
    changeYear(
      year,
      {
        title: '撤销确认',
        content: `撤销后 ${year} 年按未录入处理，临近该年时工作台会再次提醒；已录入的日期仍然有效。`,
        confirmText: '撤销'
      },
      unconfirmCalendarYear,
      '已撤销'
    )

  return (
    <View>
      {status.missingYears.length > 0 ? (
        <View className='notice calendar-missing'>
          {`${status.missingYears.map((y) => `${y}年`).join('、')}法定节假日安排尚未录入：这些日期的期限暂按周末计算（偏严），已录入的日期立即生效。`}
          {status.canEdit ? '' : '请联系市级以上工会管理员录入。'}
        </View>
      ) : null}
      {status.canEdit && status.missingYears.length > 0 ? (
        <MissingYearPrompts years={status.missingYears} busyYear={busyYear} onConfirm={(y) => void confirmYear(y)} />
      ) : null}
      <ConfirmedYearList
        confirmed={status.confirmedYears}
        canEdit={status.canEdit}
        busyYear={busyYear}
        onUnconfirm={(y) => void unconfirmYear(y)}
      />
      {status.canEdit ? <OverrideForm onSubmit={add} /> : <View className='muted calendar-readonly'>仅市级以上工会管理员可以录入，您可以查看。</View>}
      <OverrideList overrides={status.overrides} canEdit={status.canEdit} onRemove={(d) => void remove(d)} />
    </View>
  )
}
