import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CannedReply } from '../../../types/api'
import { fetchCannedReplies } from '../../services/canned-replies'
import { errorMessage } from '../../services/request'
import './index.scss'

interface CannedReplyPickerProps {
  /** The handling union, whose 常用回复 are offered. */
  unionId: string
  onPick: (body: string) => void
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; replies: CannedReply[] }

/** 常用回复: tapping one puts its text into the reply, where it can still be edited. */
export function CannedReplyPicker({ unionId, onPick }: CannedReplyPickerProps) {
  const [state, setState] = useState<State>({ kind: 'loading' })

  const load = useCallback(() => {
    setState({ kind: 'loading' })
    fetchCannedReplies(unionId).then(
      (replies) => setState({ kind: 'ready', replies }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) })
    )
  }, [unionId])

  useEffect(load, [load])

  return (
    <View className='canned-replies'>
      <View className='canned-replies-title'>常用回复</View>
      {state.kind === 'loading' ? <View className='muted canned-replies-state'>加载中…</View> : null}
      {state.kind === 'error' ? (
        <View className='canned-replies-state canned-replies-error' onClick={load}>
          <Text>{state.message}</Text>
          <Text className='canned-replies-retry'>点此重试</Text>
        </View>
      ) : null}
      {state.kind === 'ready' && state.replies.length === 0 ? <View className='muted canned-replies-state'>本会还没有常用回复</View> : null}
      {state.kind === 'ready' && state.replies.length > 0 ? (
        <View className='canned-reply-options'>
          {state.replies.map((r) => (
            <View key={r.id} className='canned-reply-option' data-id={r.id} onClick={() => onPick(r.body)}>
              {r.title}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
