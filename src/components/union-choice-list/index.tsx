import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { UnionNode } from '../../../types/api'
import { UNION_LEVEL_LABELS } from '../../../types/enums'
import { errorMessage } from '../../services/request'
import { fetchRoutingTargets, type RoutingAction } from '../../services/tickets'
import { cx } from '../../utils/class-names'
import { EmptyState, ErrorState, LoadingState } from '../state-views'
import './index.scss'

interface UnionChoiceListProps {
  ticketId: string
  action: RoutingAction
  value: string
  onChange: (unionId: string) => void
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; unions: UnionNode[] }

const EMPTY_TEXT: Record<RoutingAction, string> = {
  dispatch: '没有可以派单的下级工会',
  transfer: '没有可以转办的工会'
}

/** The unions this ticket may be sent to (asked from the server), one of which is picked. */
export function UnionChoiceList({ ticketId, action, value, onChange }: UnionChoiceListProps) {
  const [state, setState] = useState<State>({ kind: 'loading' })

  const load = useCallback(() => {
    setState({ kind: 'loading' })
    fetchRoutingTargets(ticketId, action).then(
      (targets) => setState({ kind: 'ready', unions: targets.unions }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) })
    )
  }, [ticketId, action])

  useEffect(load, [load])

  if (state.kind === 'loading') return <LoadingState text='正在加载工会…' />
  if (state.kind === 'error') return <ErrorState message={state.message} onRetry={load} />
  if (state.unions.length === 0) return <EmptyState text={EMPTY_TEXT[action]} />
  return (
    <View className='union-choice-list'>
      {state.unions.map((u) => (
        <View
          key={u.id}
          className={cx('union-choice', u.id === value && 'union-choice--on')}
          aria-label={`${u.name}，${UNION_LEVEL_LABELS[u.level]}，${u.region}`}
          onClick={() => onChange(u.id)}
        >
          <Text className='union-option' data-id={u.id}>
            {u.name}
          </Text>
          <Text className='union-choice-meta'>{UNION_LEVEL_LABELS[u.level]}</Text>
        </View>
      ))}
    </View>
  )
}
