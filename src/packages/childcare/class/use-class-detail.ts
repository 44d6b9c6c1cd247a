import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import type { ClassDetail } from '../../../../types/api-childcare'
import { fetchClass } from '../../../services/childcare'
import { errorMessage } from '../../../services/request'

/** Seat counts are refreshed no more often than this while the page is on screen. */
export const SEAT_REFRESH_MS = 5000

export type ClassState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; cls: ClassDetail }

export interface ClassDetailState {
  state: ClassState
  /** Finished requests, successful or not: each plans the next seat refresh. */
  answers: number
  reload: () => Promise<void>
}

/** One class; a failed refresh keeps the class already on screen. */
export function useClassDetail(id: string): ClassDetailState {
  const [state, setState] = useState<ClassState>({ status: 'loading' })
  const [answers, setAnswers] = useState(0)
  const hasClass = useRef(false)
  const inFlight = useRef(false)

  const reload = useCallback(async () => {
    if (!id) {
      setState({ status: 'error', message: '没有找到这个托班' })
      return
    }
    // One request at a time: a tap on 重试 during a refresh adds nothing.
    if (inFlight.current) return
    inFlight.current = true
    if (!hasClass.current) setState({ status: 'loading' })
    try {
      const cls = await fetchClass(id)
      hasClass.current = true
      setState({ status: 'ready', cls })
    } catch (err) {
      if (!hasClass.current) setState({ status: 'error', message: errorMessage(err) })
    } finally {
      inFlight.current = false
      setAnswers((n) => n + 1)
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, answers, reload }
}

/**
 * While `active` and the page is visible, reload SEAT_REFRESH_MS after the last answer. The next
 * request is planned only once the previous one is answered, so a slow network never stacks
 * requests up, and a hidden page (another page on top, app in the background) asks nothing.
 */
export function useSeatRefresh(active: boolean, answers: number, reload: () => Promise<void>): void {
  const [visible, setVisible] = useState(true)
  useDidHide(() => setVisible(false))
  useDidShow(() => setVisible(true))

  useEffect(() => {
    if (!active || !visible) return undefined
    const timer = setTimeout(() => void reload(), SEAT_REFRESH_MS)
    return () => clearTimeout(timer)
  }, [active, visible, answers, reload])
}
