import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { UnionRef } from '../../../types/api'
import type { ScopeUnion } from '../../../types/api-workbench'
import { UNION_LEVEL_LABELS } from '../../../types/enums'
import { errorMessage } from '../../services/request'
import { fetchScopeUnions } from '../../services/workbench'
import { AppButton } from '../app-button'
import { EmptyState, ErrorState, LoadingState } from '../state-views'
import './index.scss'

interface UnionScopePickerProps {
  /** The union shown now (marked); null = all of the cadre's unions. */
  value: string | null
  /** Offer 全部 (all of the cadre's unions) at the top level. */
  allowAll?: boolean
  onPick: (union: UnionRef | null) => void
  onClose: () => void
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; unions: ScopeUnion[] }

/** A sheet over the page: the cadre's own unions, and their children one level at a time. */
export function UnionScopePicker({ value, allowAll = false, onPick, onClose }: UnionScopePickerProps) {
  // The unions drilled into, outermost first; empty = the cadre's own unions.
  const [trail, setTrail] = useState<UnionRef[]>([])
  const [state, setState] = useState<State>({ kind: 'loading' })
  const parent = trail.length ? trail[trail.length - 1] : null

  const load = useCallback(() => {
    setState({ kind: 'loading' })
    fetchScopeUnions(parent?.id ?? null).then(
      (unions) => setState({ kind: 'ready', unions }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) })
    )
  }, [parent])
  useEffect(load, [load])

  return (
    <View className='scope-picker'>
      <View className='scope-picker-mask' onClick={onClose} />
      <View className='scope-picker-sheet'>
        <View className='scope-picker-head'>
          <Text className='scope-picker-title'>选择工会</Text>
          <Text className='scope-picker-close' onClick={onClose}>关闭</Text>
        </View>
        {parent ? (
          <View className='scope-picker-back' onClick={() => setTrail(trail.slice(0, -1))}>
            <Text>‹ 返回</Text>
            <Text className='scope-picker-path'>{trail.map((u) => u.name).join(' › ')}</Text>
          </View>
        ) : null}
        <View className='scope-picker-list'>
          {parent ? <ScopeRow union={parent} label='本级及下级' on={parent.id === value} onPick={() => onPick(parent)} /> : null}
          {!parent && allowAll ? <ScopeRow union={null} label='我的全部工会' on={value === null} onPick={() => onPick(null)} /> : null}
          {state.kind === 'loading' ? <LoadingState text='正在加载工会…' /> : null}
          {state.kind === 'error' ? <ErrorState message={state.message} onRetry={load} /> : null}
          {state.kind === 'ready' && state.unions.length === 0 ? <EmptyState text='没有下级工会' /> : null}
          {state.kind === 'ready'
            ? state.unions.map((u) => (
                <ScopeRow
                  key={u.id}
                  union={u}
                  label={UNION_LEVEL_LABELS[u.level]}
                  on={u.id === value}
                  onPick={() => onPick({ id: u.id, name: u.name })}
                  onDrill={u.hasChildren ? () => setTrail([...trail, { id: u.id, name: u.name }]) : undefined}
                />
              ))
            : null}
        </View>
      </View>
    </View>
  )
}

interface ScopeRowProps {
  union: UnionRef | null
  label: string
  on: boolean
  onPick: () => void
  onDrill?: () => void
}

function ScopeRow({ union, label, on, onPick, onDrill }: ScopeRowProps) {
  return (
    <View className={on ? 'scope-row scope-row--on' : 'scope-row'} data-id={union?.id ?? 'all'}>
      <View className='scope-row-name' onClick={onPick}>
        <Text className='scope-option'>{union ? union.name : '全部'}</Text>
        <Text className='scope-row-meta'>{label}</Text>
      </View>
      {onDrill ? (
        <AppButton className='btn btn--plain scope-drill' onClick={onDrill}>
          下级 ›
        </AppButton>
      ) : null}
    </View>
  )
}
