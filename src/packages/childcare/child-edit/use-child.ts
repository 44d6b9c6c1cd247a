import { useCallback, useEffect, useState } from 'react'
import type { ChildProfile } from '../../../../types/api-childcare'
import { fetchChildren } from '../../../services/childcare'
import { errorMessage } from '../../../services/request'

export type ChildState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; child: ChildProfile | null }

/** The child being edited (from my list: there is no single-child endpoint), or null for a new one. */
export function useChild(id: string): { state: ChildState; reload: () => Promise<void> } {
  const [state, setState] = useState<ChildState>(id ? { status: 'loading' } : { status: 'ready', child: null })

  const reload = useCallback(async () => {
    if (!id) return
    setState({ status: 'loading' })
    try {
      const child = (await fetchChildren()).find((c) => c.id === id)
      setState(child ? { status: 'ready', child } : { status: 'error', message: '没有找到这个孩子的信息，可能已被删除' })
    } catch (err) {
      setState({ status: 'error', message: errorMessage(err) })
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, reload }
}
