import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { TicketDetail } from '../../types/api'
import type { ActionOutcome, ActionRequest } from '../components/ticket-detail-view'
import { errorMessage, isApiError } from '../services/request'
import { askForProgressMessages, prefetchProgressTemplates } from '../services/subscribe'
import { fetchTicket, takeTicketAction } from '../services/tickets'
import { handedOverText, isHandedOver } from '../utils/action-response'
import { WORKBENCH_INBOX_PAGE } from '../utils/routes'
import { goBackOr } from '../utils/navigation'

export interface TicketDetailState {
  ticket: TicketDetail | null
  /** `gone`: an action (退单 / 转办) took the ticket out of this person's unions. */
  status: 'loading' | 'ready' | 'error' | 'gone'
  error: string
  /** Where the ticket went, when `gone`. */
  goneText: string
  /** Why the last action could not be taken when the ticket moved on meanwhile, shown above it. */
  notice: string
  reload: () => Promise<void>
  runAction: (request: ActionRequest) => Promise<ActionOutcome>
}

/** How long the "where it went" toast stays before the page is left. */
const LEAVE_AFTER_MS = 1500


/** Back to where the cadre came from, or to the inbox when the ticket was opened directly. */
function leavePage(): void {
  goBackOr(WORKBENCH_INBOX_PAGE)
}

/** Loads one ticket and takes workflow actions on it; used by both detail pages. */
export function useTicketDetail(id: string): TicketDetailState {
  const [ticket, setTicket] = useState<TicketDetail | null>(null)
  const [status, setStatus] = useState<TicketDetailState['status']>('loading')
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [goneText, setGoneText] = useState('')
  const hasTicket = useRef(false)
  const leaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The supplement form (by its idempotency key) the subscribe question was asked for.
  const askedFor = useRef('')

  useEffect(() => () => clearTimeout(leaveTimer.current), [])

  const reload = useCallback(async () => {
    if (!id) {
      setError('没有找到这件诉求')
      setStatus('error')
      return
    }
    if (!hasTicket.current) setStatus('loading')
    try {
      const t = await fetchTicket(id)
      hasTicket.current = true
      setTicket(t)
      setStatus('ready')
    } catch (err) {
      setError(errorMessage(err))
      // Keep showing a ticket we already have when a background refresh fails.
      if (!hasTicket.current) setStatus('error')
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  // Only the worker can 补充材料, and the subscribe question that goes with it must be asked
  // straight from the tap: fetch its template ids as soon as the ticket offers that action.
  const canSupplement = ticket?.allowedActions.includes('supplement') ?? false
  useEffect(() => {
    if (canSupplement) void prefetchProgressTemplates()
  }, [canSupplement])

  const runAction = useCallback(
    async (req: ActionRequest): Promise<ActionOutcome> => {
      // The worker will wait for the union again: offer a WeChat message on progress. This runs
      // synchronously from the submit tap (the action panel awaits nothing before calling
      // here), as WeChat requires; once per form, not again on a retry with the same key.
      if (req.action === 'supplement') {
        const key = req.body.clientRequestId
        if (key === undefined || askedFor.current !== key) void askForProgressMessages()
        askedFor.current = key ?? ''
      }
      setNotice('')
      try {
        const updated = await takeTicketAction(id, req.action, req.body)
        if (isHandedOver(updated)) {
          // The ticket left this person's unions: say where it went and leave the page.
          const text = handedOverText(req.action, updated)
          setGoneText(`${text}，无需您继续办理`)
          setStatus('gone')
          void Taro.showToast({ title: text, icon: 'none', duration: LEAVE_AFTER_MS })
          leaveTimer.current = setTimeout(leavePage, LEAVE_AFTER_MS)
          return { ok: true }
        }
        setTicket(updated)
        void Taro.showToast({ title: '已提交', icon: 'success' })
        return { ok: true }
      } catch (err) {
        if (isApiError(err) && (err.status === 409 || err.code === 'TRANSITION_NOT_ALLOWED')) {
          // Someone else moved the ticket on: say so and show its current state.
          setNotice(err.message)
          void Taro.showToast({ title: err.message, icon: 'none', duration: 3000 })
          await reload()
          return { ok: false, close: true }
        }
        if (isApiError(err) && err.code === 'VALIDATION_FAILED' && Object.keys(err.fields).length > 0) {
          return { ok: false, fields: err.fields, message: err.message }
        }
        const message = errorMessage(err)
        void Taro.showToast({ title: message, icon: 'none', duration: 3000 })
        return { ok: false, message }
      }
    },
    [id, reload]
  )

  return { ticket, status, error, goneText, notice, reload, runAction }
}
