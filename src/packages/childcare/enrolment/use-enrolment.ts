import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { EnrolmentView } from '../../../../types/api-childcare'
import { ENROLMENT_ACTION_LABELS } from '../../../../types/childcare'
import { fetchEnrolment, takeEnrolmentAction, type GuardianAction } from '../../../services/childcare'
import { errorMessage, isApiError } from '../../../services/request'

export type EnrolmentState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: EnrolmentView }

export interface EnrolmentPage {
  state: EnrolmentState
  /** Why the last action could not be taken (the sign-up moved on meanwhile). */
  notice: string
  /** The action being sent, if any. */
  acting: GuardianAction | null
  reload: () => Promise<void>
  act: (action: GuardianAction) => Promise<void>
}

/** One sign-up, and the guardian's actions on it. */
export function useEnrolment(id: string): EnrolmentPage {
  const [state, setState] = useState<EnrolmentState>({ status: 'loading' })
  const [notice, setNotice] = useState('')
  const [acting, setActing] = useState<GuardianAction | null>(null)
  const hasView = useRef(false)
  const busy = useRef(false)

  const reload = useCallback(async () => {
    if (!id) {
      setState({ status: 'error', message: '没有找到这条报名' })
      return
    }
    if (!hasView.current) setState({ status: 'loading' })
    try {
      const view = await fetchEnrolment(id)
      hasView.current = true
      setState({ status: 'ready', view })
    } catch (err) {
      // A failed background refresh keeps the sign-up on screen.
      if (!hasView.current) setState({ status: 'error', message: errorMessage(err) })
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  const act = useCallback(
    async (action: GuardianAction) => {
      if (busy.current) return
      busy.current = true
      setActing(action)
      setNotice('')
      try {
        const view = await takeEnrolmentAction(id, action)
        setState({ status: 'ready', view })
        void Taro.showToast({ title: `已${ENROLMENT_ACTION_LABELS[action]}`, icon: 'success' })
      } catch (err) {
        const moved = isApiError(err) && (err.status === 409 || err.code === 'TRANSITION_NOT_ALLOWED')
        void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
        if (moved) {
          // The claim window closed or the state changed elsewhere: say why and show it as it is.
          setNotice(errorMessage(err))
          await reload()
        }
      } finally {
        busy.current = false
        setActing(null)
      }
    },
    [id, reload]
  )

  return { state, notice, acting, reload, act }
}
