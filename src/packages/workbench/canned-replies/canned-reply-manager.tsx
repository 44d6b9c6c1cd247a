import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CannedReply, UnionRef } from '../../../../types/api'
import type { CannedReplyInput } from '../../../../types/schemas/workflow-admin'
import { AppButton } from '../../../components/app-button'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { errorMessage } from '../../../services/request'
import { createCannedReply, deleteCannedReply, fetchCannedRepliesForManage, updateCannedReply } from '../../../services/workbench-admin'
import { confirmDelete } from '../admin-kit/form'
import { UnionSwitch } from '../admin-kit/union-switch'
import { CannedReplyCard } from './canned-reply-card'
import { CannedReplyEditor, type EditorTarget } from './canned-reply-editor'

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: CannedReply[] }

export function CannedReplyManager({ unions }: { unions: UnionRef[] }) {
  const [unionId, setUnionId] = useState(unions[0]?.id ?? '')
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [editing, setEditing] = useState<EditorTarget | null>(null)

  const load = useCallback(() => {
    setState({ kind: 'loading' })
    fetchCannedRepliesForManage(unionId).then(
      (items) => setState({ kind: 'ready', items }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) })
    )
  }, [unionId])

  useEffect(() => {
    setEditing(null)
    load()
  }, [load])

  const items = state.kind === 'ready' ? state.items : []
  const setItems = (next: CannedReply[]) => setState({ kind: 'ready', items: next })

  const save = async (input: CannedReplyInput) => {
    if (editing?.id) {
      const saved = await updateCannedReply(editing.id, input)
      setItems(items.map((r) => (r.id === saved.id ? saved : r)))
    } else {
      setItems([await createCannedReply(input), ...items])
    }
    setEditing(null)
    void Taro.showToast({ title: '已保存', icon: 'success' })
  }

  const remove = async (reply: CannedReply) => {
    if (!(await confirmDelete(`删除常用回复「${reply.title}」？`))) return
    try {
      await deleteCannedReply(reply.id)
      setItems(items.filter((r) => r.id !== reply.id))
      if (editing?.id === reply.id) setEditing(null)
      void Taro.showToast({ title: '已删除', icon: 'success' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    }
  }

  return (
    <View>
      <UnionSwitch unions={unions} value={unionId} onChange={setUnionId} />
      <View className='muted canned-intro'>答复职工时可一键选用，选用后仍可修改。</View>
      {editing ? (
        <CannedReplyEditor key={editing.id ?? 'new'} unionId={unionId} target={editing} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <AppButton className='btn btn--primary btn--block add-btn' onClick={() => setEditing({ title: '', body: '' })}>
          新增常用回复
        </AppButton>
      )}
      {state.kind === 'loading' ? <LoadingState /> : null}
      {state.kind === 'error' ? <ErrorState message={state.message} onRetry={load} /> : null}
      {state.kind === 'ready' && items.length === 0 ? <EmptyState text='还没有常用回复' /> : null}
      {items.map((r) => (
        <CannedReplyCard key={r.id} reply={r} onEdit={() => setEditing({ id: r.id, title: r.title, body: r.body })} onDelete={() => void remove(r)} />
      ))}
    </View>
  )
}
