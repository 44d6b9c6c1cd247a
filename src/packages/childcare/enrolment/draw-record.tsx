import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DrawRecord } from '../../../../types/api-childcare'
import { ENROLMENT_STATE_LABELS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { fetchDraw } from '../../../services/childcare'
import { errorMessage, isApiError } from '../../../services/request'
import { cx } from '../../../utils/class-names'
import { formatDateTime } from '../../../utils/date'

type DrawState = { status: 'closed' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; record: DrawRecord }

interface DrawRecordProps {
  periodId: string
  /** My sign-up's number, marked in the list. */
  myNumber: string
}

/** The published lottery, loaded when asked for: anyone can recompute the order from the seed. */
export function DrawRecordSection({ periodId, myNumber }: DrawRecordProps) {
  const [state, setState] = useState<DrawState>({ status: 'closed' })

  const load = async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', record: await fetchDraw(periodId) })
    } catch (err) {
      const message = isApiError(err) && err.status === 404 ? '抽签结果尚未公布' : errorMessage(err)
      setState({ status: 'error', message })
    }
  }

  return (
    <View className='card cc-draw'>
      <View className='card-title'>抽签记录</View>
      {state.status === 'closed' ? (
        <AppButton className='btn btn--plain btn--block cc-draw-open' onClick={() => void load()}>
          查看抽签记录
        </AppButton>
      ) : null}
      {state.status === 'loading' ? <LoadingState text='正在加载抽签记录…' /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} onRetry={() => void load()} /> : null}
      {state.status === 'ready' ? (
        <View className='cc-draw-record'>
          <View className='muted'>抽签时间：{formatDateTime(state.record.drawnAt)}</View>
          <View className='muted cc-draw-seed'>随机种子：{state.record.seed}</View>
          <View className='muted cc-draw-method'>{state.record.method}</View>
          {state.record.entries.map((e) => (
            <View key={e.number} className={cx('cc-draw-entry', e.number === myNumber && 'cc-draw-entry--mine')}>
              <Text className='cc-draw-rank'>第 {e.rank} 位</Text>
              <Text className='cc-draw-number'>
                {e.number}
                {e.priority ? '（优先）' : ''}
                {e.number === myNumber ? '（我的）' : ''}
              </Text>
              <Text className='cc-draw-outcome'>{ENROLMENT_STATE_LABELS[e.outcome]}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
