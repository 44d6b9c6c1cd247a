import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChildProfile } from '../../../../types/api-childcare'
import { fetchChildren } from '../../../services/childcare'
import { errorMessage } from '../../../services/request'

export type ChildrenState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; children: ChildProfile[] }

/** My child profiles; `reload({ silent })` keeps the list on screen while it refreshes. */
export function useChildren(): { state: ChildrenState; reload: (opts?: { silent?: boolean }) => Promise<void> } {
  const [state, setState] = useState<ChildrenState>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(async (opts: { silent?: boolean } = {}) => {
    const gen = ++generation.current
    if (!opts.silent) setState({ status: 'loading' })
    try {
      const children = await fetchChildren()
      if (gen === generation.current) setState({ status: 'ready', children })
    } catch (err) {
      if (gen === generation.current && !opts.silent) setState({ status: 'error', message: errorMessage(err) })
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, reload }
}
