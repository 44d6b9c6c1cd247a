import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../../types/api'
import { errorMessage } from '../services/request'

export type ListStatus = 'loading' | 'ready' | 'error'

export interface PagedList<T> {
  items: T[]
  status: ListStatus
  error: string
  hasMore: boolean
  loadingMore: boolean
  loadMoreError: string
  /** Reload from the first page (pull-down refresh, retry, filter change). */
  reload: (opts?: { silent?: boolean }) => Promise<void>
  loadMore: () => Promise<void>
}

/**
 * Cursor paging for the ticket lists. `fetchPage` must be stable per filter (useCallback);
 * a change of it reloads from the start, and answers for an older filter are dropped.
 */
export function usePagedList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [status, setStatus] = useState<ListStatus>('loading')
  const [error, setError] = useState('')
  const [cursor, setCursor] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState('')
  const generation = useRef(0)
  const moreInFlight = useRef(false)

  const reload = useCallback(
    async (opts: { silent?: boolean } = {}) => {
      const gen = ++generation.current
      if (!opts.silent) setStatus('loading')
      try {
        const page = await fetchPage(null)
        if (gen !== generation.current) return
        setItems(page.items)
        setCursor(page.nextCursor)
        setError('')
        setLoadMoreError('')
        setStatus('ready')
      } catch (err) {
        if (gen !== generation.current) return
        setError(errorMessage(err))
        // A failed silent refresh keeps what is on screen.
        if (!opts.silent) setStatus('error')
      }
    },
    [fetchPage]
  )

  const loadMore = useCallback(async () => {
    if (!cursor || moreInFlight.current) return
    const gen = generation.current
    moreInFlight.current = true
    setLoadingMore(true)
    setLoadMoreError('')
    try {
      const page = await fetchPage(cursor)
      if (gen !== generation.current) return
      setItems((prev) => prev.concat(page.items))
      setCursor(page.nextCursor)
    } catch (err) {
      if (gen === generation.current) setLoadMoreError(errorMessage(err))
    } finally {
      moreInFlight.current = false
      setLoadingMore(false)
    }
  }, [cursor, fetchPage])

  useEffect(() => {
    void reload()
  }, [reload])

  return { items, status, error, hasMore: cursor !== null, loadingMore, loadMoreError, reload, loadMore }
}
