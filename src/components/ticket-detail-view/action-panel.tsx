import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { TicketDetail } from '../../../types/api'
import { TICKET_ACTION_LABELS, type TicketAction } from '../../../types/enums'
import { MAX_SUPPLEMENT_PHOTOS } from '../../../types/schemas/ticket-action'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { cx } from '../../utils/class-names'
import { newClientRequestId } from '../../utils/id'
import { AppButton } from '../app-button'
import { ActionForm } from './action-form'
import { EMPTY_DRAFT, validateAction, type ActionDraft, type ActionOutcome, type ActionRequest } from './action-request'
import { ACTION_SPECS, isPersonAction } from './action-specs'
import './action-panel.scss'

interface ActionPanelProps {
  ticket: TicketDetail
  onAction: (request: ActionRequest) => Promise<ActionOutcome>
}

/**
 * Buttons for exactly the actions the server offers (`allowedActions`), each with the form it
 * needs. An idempotency key is made when a form opens and reused for every retry of it, so a
 * double tap or a retry after a lost answer is applied once; it is dropped once sent.
 */
export function ActionPanel({ ticket, onAction }: ActionPanelProps) {
  const actions = ticket.allowedActions.filter(isPersonAction)
  const [open, setOpen] = useState<TicketAction | null>(null)
  // What was typed per action survives closing and reopening its form until it is sent.
  const [drafts, setDrafts] = useState<Partial<Record<TicketAction, ActionDraft>>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)
  const requestIds = useRef<Partial<Record<TicketAction, string>>>({})
  const photos = usePhotoUploads(MAX_SUPPLEMENT_PHOTOS)

  // A form for an action that is no longer offered (the ticket moved on) closes.
  useEffect(() => {
    if (open && !ticket.allowedActions.includes(open)) setOpen(null)
  }, [ticket.allowedActions, open])

  const idFor = (action: TicketAction): string => {
    const id = requestIds.current[action] ?? newClientRequestId()
    requestIds.current[action] = id
    return id
  }

  const draftOf = (action: TicketAction): ActionDraft => drafts[action] ?? EMPTY_DRAFT

  const finish = (action: TicketAction) => {
    delete requestIds.current[action]
    setDrafts((prev) => ({ ...prev, [action]: EMPTY_DRAFT }))
    if (action === 'supplement') photos.clear()
    setOpen(null)
  }

  const send = async (action: TicketAction) => {
    if (busyRef.current) return
    const blocker = action === 'supplement' ? photos.blocker() : undefined
    if (blocker) {
      setErrors({ attachmentIds: blocker })
      return
    }
    const draft = action === 'supplement' ? { ...draftOf(action), attachmentIds: photos.uploaded().map((p) => p.id) } : draftOf(action)
    const checked = validateAction(action, idFor(action), draft)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    busyRef.current = true
    setBusy(true)
    try {
      const outcome = await onAction(checked.request)
      if (outcome.ok || outcome.close) finish(action)
      else setErrors({ ...(outcome.fields ?? {}), ...(outcome.message ? { _: outcome.message } : {}) })
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  const tapAction = async (action: TicketAction) => {
    if (busyRef.current) return
    setErrors({})
    const confirmText = ACTION_SPECS[action].confirm
    if (!confirmText) {
      if (open !== action) idFor(action)
      setOpen(open === action ? null : action)
      return
    }
    setOpen(null)
    const answer = await Taro.showModal({ title: TICKET_ACTION_LABELS[action], content: confirmText, confirmText: '确定', confirmColor: '#C8161D' })
    if (answer.confirm) await send(action)
  }

  if (actions.length === 0) return null
  const spec = open ? ACTION_SPECS[open] : undefined

  return (
    <View className='card action-panel'>
      <View className='card-title'>办理</View>
      <View className='action-buttons'>
        {actions.map((a) => (
          <AppButton
            key={a}
            className={cx('btn', 'action-btn', `action-${a}`, ACTION_SPECS[a].primary && 'btn--primary', open === a && 'action-btn--open')}
            disabled={busy}
            onClick={() => void tapAction(a)}
          >
            {busy && ACTION_SPECS[a].confirm ? '提交中…' : TICKET_ACTION_LABELS[a]}
          </AppButton>
        ))}
      </View>
      {open && spec ? (
        <ActionForm
          action={open}
          spec={spec}
          ticket={ticket}
          draft={draftOf(open)}
          onDraft={(patch) => setDrafts((prev) => ({ ...prev, [open]: { ...(prev[open] ?? EMPTY_DRAFT), ...patch } }))}
          errors={errors}
          busy={busy}
          photos={photos}
          onSubmit={() => void send(open)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {!open && errors._ ? <View className='field-error action-error'>{errors._}</View> : null}
    </View>
  )
}
