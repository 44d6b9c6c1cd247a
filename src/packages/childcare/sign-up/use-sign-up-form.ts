import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { EnrolmentView } from '../../../../types/api-childcare'
import type { PriorityGroup } from '../../../../types/childcare'
import { signUpSchema } from '../../../../types/schemas/childcare'
import { fieldErrors } from '../../../../types/schemas/validate'
import { signUp } from '../../../services/childcare'
import { errorMessage, isApiError } from '../../../services/request'
import { newClientRequestId } from '../../../utils/id'
import { CHILDCARE_ENROLMENT_PAGE, withQuery } from '../../../utils/routes'
import { toFieldErrors } from '../kit/form-errors'

export type FieldKey = 'child' | 'priority' | 'phone' | 'note'
export type FieldErrors = Partial<Record<FieldKey, string>>

const FIELD_ORDER: readonly FieldKey[] = ['child', 'priority', 'phone', 'note']
const PATH_TO_FIELD: Record<string, FieldKey> = { childId: 'child', priorityGroups: 'priority', contactPhone: 'phone', note: 'note' }

/** How long the answer stays on screen before the enrolment page opens. */
export const SHOW_ANSWER_MS = 1500

export interface SignUpFields {
  childId: string
  priorityGroups: PriorityGroup[]
  contactPhone: string
  note: string
}

export interface SignUpForm {
  fields: SignUpFields
  errors: FieldErrors
  submitting: boolean
  /** Why the last attempt did not work (a refusal, too many taps, the network). */
  notice: string
  /** The server's answer once signed up. */
  result: EnrolmentView | null
  update: <K extends keyof SignUpFields>(key: K, value: SignUpFields[K], field: FieldKey) => void
  submit: () => Promise<void>
  openResult: () => void
}

/**
 * The sign-up form. Its idempotency key is made once, when the form opens, and sent with every
 * attempt: a double tap, or a retry after an answer lost on a weak network, gets the same sign-up
 * back from the server instead of a second one.
 */
export function useSignUpForm(periodId: string): SignUpForm {
  const [fields, setFields] = useState<SignUpFields>({ childId: '', priorityGroups: [], contactPhone: '', note: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [notice, setNotice] = useState('')
  const [result, setResult] = useState<EnrolmentView | null>(null)
  const clientRequestId = useRef(newClientRequestId())
  // A ref as well as state: two taps in one frame both see the first one's flag.
  const busy = useRef(false)
  const leaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => () => clearTimeout(leaveTimer.current), [])

  const update = <K extends keyof SignUpFields>(key: K, value: SignUpFields[K], field: FieldKey) => {
    setFields((f) => ({ ...f, [key]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    const first = FIELD_ORDER.find((f) => next[f])
    if (first) Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => undefined)
  }

  const openResult = () => {
    if (!result) return
    clearTimeout(leaveTimer.current)
    void Taro.redirectTo({ url: withQuery(CHILDCARE_ENROLMENT_PAGE, { id: result.id }) })
  }

  const submit = async () => {
    if (busy.current || result) return
    setNotice('')
    const parsed = signUpSchema.safeParse({
      clientRequestId: clientRequestId.current,
      childId: fields.childId || undefined,
      contactPhone: fields.contactPhone,
      priorityGroups: fields.priorityGroups,
      note: fields.note
    })
    if (!parsed.success) {
      showErrors(toFieldErrors(fieldErrors(parsed.error), PATH_TO_FIELD))
      return
    }
    setErrors({})
    busy.current = true
    setSubmitting(true)
    try {
      const view = await signUp(periodId, parsed.data)
      setResult(view)
      setSubmitting(false)
      // The answer is shown here first; then the sign-up's own page takes over.
      leaveTimer.current = setTimeout(() => void Taro.redirectTo({ url: withQuery(CHILDCARE_ENROLMENT_PAGE, { id: view.id }) }), SHOW_ANSWER_MS)
    } catch (err) {
      const byField = isApiError(err) ? toFieldErrors(err.fields, PATH_TO_FIELD) : {}
      if (Object.keys(byField).length > 0) {
        showErrors(byField)
      } else {
        // SIGN_UP_REFUSED and RATE_LIMITED carry a Chinese sentence meant for the parent.
        setNotice(errorMessage(err))
        void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
      }
      busy.current = false
      setSubmitting(false)
    }
  }

  return { fields, errors, submitting, notice, result, update, submit, openResult }
}
