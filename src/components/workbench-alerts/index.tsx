import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { WorkbenchAlerts as Alerts } from '../../../types/api'
import { usePageReturn } from '../../hooks/use-page-return'
import { fetchWorkbenchAlerts } from '../../services/workbench-admin'
import './index.scss'

const CALENDAR_PAGE = '/packages/workbench/calendar/index'

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; alerts: Alerts }

function counts(a: Alerts): string[] {
  const parts: Array<[string, number]> = [
    ['超期', a.overdue],
    ['临期', a.dueSoon],
    ['督办', a.supervised],
    ['待审批延期', a.pendingExtensions]
  ]
  return parts.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n}`)
}

/** What a cadre should look at first, at the top of the inbox; nothing when all is well. */
export function WorkbenchAlerts() {
  const [state, setState] = useState<State>({ kind: 'loading' })

  const load = useCallback(() => {
    fetchWorkbenchAlerts().then(
      (alerts) => setState({ kind: 'ready', alerts }),
      () => setState({ kind: 'error' })
    )
  }, [])

  useEffect(load, [load])
  usePageReturn(load)

  if (state.kind === 'loading') return null
  if (state.kind === 'error') {
    return (
      <View className='workbench-alerts workbench-alerts--error' onClick={load}>
        <Text className='muted alert-retry'>提醒加载失败，点此重试</Text>
      </View>
    )
  }
  const { alerts } = state
  const years = alerts.missingHolidayYears
  const lines = counts(alerts)
  if (years.length === 0 && lines.length === 0) return null

  return (
    <View className='workbench-alerts'>
      {years.length > 0 ? (
        <View className='alert-holiday' onClick={() => void Taro.navigateTo({ url: CALENDAR_PAGE })}>
          <Text>
            {`${years.map((y) => `${y}年`).join('、')}法定节假日安排尚未录入：期限暂按周末计算（偏严），请管理员按国务院通知录入并确认`}
          </Text>
          <Text className='alert-link'>查看节假日安排 ›</Text>
        </View>
      ) : null}
      {lines.length > 0 ? <View className='alert-counts'>{lines.join(' · ')}</View> : null}
    </View>
  )
}
