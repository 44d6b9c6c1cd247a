import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { DeadlinePolicyView, UnionRef } from '../../../../types/api'
import { TICKET_KINDS, TICKET_KIND_LABELS } from '../../../../types/enums'
import type { DeadlinePolicyInput } from '../../../../types/schemas/workflow-admin'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { errorMessage } from '../../../services/request'
import { fetchDeadlinePolicies, saveDeadlinePolicy } from '../../../services/workbench-admin'
import { UnionSwitch } from '../admin-kit/union-switch'
import { PolicyRow } from './policy-row'

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: DeadlinePolicyView[] }

const rowKey = (p: { kind: string; urgent: boolean }) => `${p.kind}-${p.urgent ? 'urgent' : 'normal'}`

export function PolicyManager({ unions }: { unions: UnionRef[] }) {
  const [unionId, setUnionId] = useState(unions[0]?.id ?? '')
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [editing, setEditing] = useState<string | null>(null)

  const load = useCallback(() => {
    setState({ kind: 'loading' })
    fetchDeadlinePolicies(unionId).then(
      (rows) => setState({ kind: 'ready', rows }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) })
    )
  }, [unionId])

  useEffect(() => {
    setEditing(null)
    load()
  }, [load])

  const save = async (input: DeadlinePolicyInput) => {
    const rows = await saveDeadlinePolicy(unionId, input)
    setState({ kind: 'ready', rows })
    setEditing(null)
    void Taro.showToast({ title: '已保存', icon: 'success' })
  }

  return (
    <View>
      <UnionSwitch unions={unions} value={unionId} onChange={setUnionId} />
      <View className='muted deadlines-intro'>
        以工作日计，法定节假日顺延。本单位未设置的沿用上级工会或系统默认时限；下级工会未单独设置的，沿用本单位的设置。
      </View>
      {state.kind === 'loading' ? <LoadingState /> : null}
      {state.kind === 'error' ? <ErrorState message={state.message} onRetry={load} /> : null}
      {state.kind === 'ready'
        ? TICKET_KINDS.map((kind) => {
            const rows = state.rows.filter((r) => r.kind === kind).sort((a, b) => Number(a.urgent) - Number(b.urgent))
            if (rows.length === 0) return null
            return (
              <View key={kind} className='card policy-group'>
                <View className='card-title'>{TICKET_KIND_LABELS[kind]}</View>
                {rows.map((r) => (
                  <PolicyRow
                    key={rowKey(r)}
                    policy={r}
                    editing={editing === rowKey(r)}
                    onEdit={() => setEditing(rowKey(r))}
                    onCancel={() => setEditing(null)}
                    onSave={save}
                  />
                ))}
              </View>
            )
          })
        : null}
    </View>
  )
}
