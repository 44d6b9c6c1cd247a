import { useEffect, useRef, useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { AppButton } from '../app-button'
import { TICKET_ACTION_LABELS, type TicketAction } from '../../../types/enums'
import { ticketActionSchemas, type TicketActionInput } from '../../../types/schemas/ticket-action'
import { fieldErrors } from '../../../types/schemas/validate'
import { cx } from '../../utils/class-names'
import { newClientRequestId } from '../../utils/id'
import { RatingStars } from '../rating-stars'

/** One action with its body, as the workflow endpoint takes it. */
export type ActionRequest = { [A in TicketAction]: { action: A; body: TicketActionInput<A> } }[TicketAction]

export type ActionOutcome =
  | { ok: true }
  /** `fields`: server validation messages by field; `close`: the form no longer applies. */
  | { ok: false; fields?: Record<string, string>; close?: boolean }

/** How each text action asks for its text. */
const TEXT_FORMS: Partial<Record<TicketAction, { label: string; placeholder: string; required: boolean; max: number; submit: string }>> = {
  reply: { label: '回复内容', placeholder: '回复职工，职工可以看到', required: true, max: 2000, submit: '发送回复' },
  note: { label: '备注内容', placeholder: '仅工会干部可见，职工看不到', required: true, max: 2000, submit: '保存备注' },
  resolve: { label: '办理结果', placeholder: '写明办理结果，职工将据此评价', required: true, max: 2000, submit: '确认办结' },
  reject: { label: '未解决的原因', placeholder: '请说明哪里还没有解决', required: true, max: 500, submit: '提交' },
  withdraw: { label: '撤回原因（可不填）', placeholder: '例如：问题已自行解决', required: false, max: 500, submit: '确认撤回' }
}

interface ActionPanelProps {
  actions: readonly TicketAction[]
  onAction: (request: ActionRequest) => Promise<ActionOutcome>
}

function buildRequest(action: TicketAction, clientRequestId: string, text: string, rating: number): ActionRequest {
  switch (action) {
    case 'accept':
      return { action, body: { clientRequestId } }
    case 'confirm':
      return { action, body: { clientRequestId, rating, comment: text } }
    case 'reply':
    case 'note':
    case 'resolve':
    case 'reject':
    case 'withdraw':
      return { action, body: { clientRequestId, body: text } }
  }
}

/**
 * Buttons for exactly the actions the server offers (`allowedActions`), each with the small
 * form it needs. One idempotency key per opened form, reused on retries of the same form.
 */
export function ActionPanel({ actions, onAction }: ActionPanelProps) {
  const [open, setOpen] = useState<TicketAction | null>(null)
  // Text typed per action survives closing and reopening its form until it is sent.
  const [texts, setTexts] = useState<Partial<Record<TicketAction, string>>>({})
  const [rating, setRating] = useState(0)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)
  const requestIds = useRef<Partial<Record<TicketAction, string>>>({})

  // A form for an action that is no longer offered (the ticket moved on) closes.
  useEffect(() => {
    if (open && !actions.includes(open)) setOpen(null)
  }, [actions, open])

  const idFor = (action: TicketAction): string => {
    const existing = requestIds.current[action]
    if (existing) return existing
    const id = newClientRequestId()
    requestIds.current[action] = id
    return id
  }

  const run = async (action: TicketAction) => {
    if (busyRef.current) return
    const req = buildRequest(action, idFor(action), texts[action] ?? '', rating)
    // No star chosen yet is "missing", not "out of range".
    const candidate = req.action === 'confirm' && rating === 0 ? { ...req.body, rating: undefined } : req.body
    const parsed = ticketActionSchemas[action].safeParse(candidate)
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    setErrors({})
    busyRef.current = true
    setBusy(true)
    try {
      const outcome = await onAction(req)
      if (outcome.ok || outcome.close) {
        delete requestIds.current[action]
        setOpen(null)
        setTexts((prev) => ({ ...prev, [action]: '' }))
        setRating(0)
      } else if (outcome.fields) {
        setErrors(outcome.fields)
      }
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  const toggle = (action: TicketAction) => {
    if (busyRef.current) return
    if (action === 'accept') {
      void run('accept')
      return
    }
    setErrors({})
    setOpen(open === action ? null : action)
  }

  if (actions.length === 0) return null
  const textForm = open ? TEXT_FORMS[open] : undefined
  const text = open ? (texts[open] ?? '') : ''
  const setText = (value: string) => {
    if (open) setTexts((prev) => ({ ...prev, [open]: value }))
  }

  return (
    <View className='card action-panel'>
      <View className='action-buttons'>
        {actions.map((a) => (
          <AppButton
            key={a}
            className={cx('btn', `action-btn action-${a}`, (a === 'accept' || a === 'confirm' || a === 'resolve') && 'btn--primary', open === a && 'action-btn--open')}
            disabled={busy}
            onClick={() => toggle(a)}
          >
            {busy && a === 'accept' ? '提交中…' : TICKET_ACTION_LABELS[a]}
          </AppButton>
        ))}
      </View>

      {open === 'confirm' ? (
        <View className='action-form action-form-confirm'>
          <View className='field-label'>
            <Text>请为办理结果打分</Text>
            <Text className='field-required'>*</Text>
          </View>
          <RatingStars value={rating} onChange={setRating} />
          {errors.rating ? <View className='field-error'>{errors.rating}</View> : null}
          <View className='field-label action-form-label'>评价（可不填）</View>
          <Textarea
            className='textarea action-text'
            value={text}
            maxlength={500}
            placeholder='说说您对办理结果的看法'
            placeholderClass='placeholder'
            onInput={(e) => setText(e.detail.value)}
          />
          {errors.comment ? <View className='field-error'>{errors.comment}</View> : null}
          <AppButton className='btn btn--primary btn--block action-submit' disabled={busy} onClick={() => void run('confirm')}>
            {busy ? '提交中…' : '提交评价'}
          </AppButton>
        </View>
      ) : null}

      {open && textForm ? (
        <View className={`action-form action-form-${open}`}>
          <View className='field-label action-form-label'>
            <Text>{textForm.label}</Text>
            {textForm.required ? <Text className='field-required'>*</Text> : null}
          </View>
          <Textarea
            className='textarea action-text'
            value={text}
            maxlength={textForm.max}
            placeholder={textForm.placeholder}
            placeholderClass='placeholder'
            onInput={(e) => setText(e.detail.value)}
          />
          {errors.body ? <View className='field-error'>{errors.body}</View> : null}
          <AppButton className='btn btn--primary btn--block action-submit' disabled={busy} onClick={() => void run(open)}>
            {busy ? '提交中…' : textForm.submit}
          </AppButton>
        </View>
      ) : null}
      {errors._ ? <View className='field-error'>{errors._}</View> : null}
    </View>
  )
}
