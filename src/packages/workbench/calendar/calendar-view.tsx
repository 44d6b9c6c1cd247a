import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CalendarStatus } from '../../../../types/api'
import type { CalendarOverrideInput } from '../../../../types/schemas/workflow-admin'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { usePageReturn } from '../../../hooks/use-page-return'
import { errorMessage } from '../../../services/request'
import { addCalendarOverride, fetchCalendarStatus, removeCalendarOverride } from '../../../services/workbench-admin'
import { confirmDelete } from '../admin-kit/form'
import { OverrideForm } from './override-form'
import { OverrideList } from './override-list'

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; status: CalendarStatus }

export function CalendarView() {
  const [state, setState] = useState<State>({ kind: 'loading' })

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

  return (
    <View>
      {status.missingYears.length > 0 ? (
        <View className='notice calendar-missing'>
          {`${status.missingYears.map((y) => `${y}年`).join('、')}法定节假日安排尚未录入：这些日期的期限暂按周末计算（偏严）。`}
          {status.canEdit ? '请按国务院办公厅通知逐日录入放假和调休上班日期。' : '请联系市级以上工会管理员录入。'}
        </View>
      ) : null}
      {status.canEdit ? <OverrideForm onSubmit={add} /> : <View className='muted calendar-readonly'>仅市级以上工会管理员可以录入，您可以查看。</View>}
      <OverrideList overrides={status.overrides} canEdit={status.canEdit} onRemove={(d) => void remove(d)} />
    </View>
  )
}
