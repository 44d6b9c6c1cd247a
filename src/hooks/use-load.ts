import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../services/request'

export type Loaded<T> =
  | { status: 'loading'; value: undefined; error: '' }
  | { status: 'ready'; value: T; error: '' }
  | { status: 'error'; value: undefined; error: string }

export interface Load<T> {
  state: Loaded<T>
  /** Fetch again; `silent` keeps showing the current value meanwhile (refresh after an action). */
  reload: (opts?: { silent?: boolean }) => Promise<void>
  /** Replace the value with an answer the page already has (e.g. what a save returned). */
  set: (value: T) => void
}

/** One thing a page shows, with its loading and error states. `fetch` must be stable (useCallback);
 * answers to an older `fetch` are dropped. */
export function useLoad<T>(fetch: () => Promise<T>): Load<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', value: undefined, error: '' })
  const generation = useRef(0)
  const reload = useCallback(
    async (opts: { silent?: boolean } = {}) => {
      const mine = ++generation.current
      if (!opts.silent) setState({ status: 'loading', value: undefined, error: '' })
      try {
        const value = await fetch()
        if (mine === generation.current) setState({ status: 'ready', value, error: '' })
      } catch (err) {
        if (mine === generation.current) setState({ status: 'error', value: undefined, error: errorMessage(err) })
      }
    },
    [fetch]
  )
  useEffect(() => {
    void reload()
  }, [reload])
  const set = useCallback((value: T) => setState({ status: 'ready', value, error: '' }), [])
  return { state, reload, set }
}
