import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { LegalStation } from '../../../../types/api-legal-aid'
import { LEGAL_CONSENT_VERSION } from '../../../../types/legal-aid'
import { legalAidSubmitSchema } from '../../../../types/schemas/legal-aid'
import { fieldErrors } from '../../../../types/schemas/validate'
import { useEvidenceUploads, type EvidenceUploads } from '../../../hooks/use-evidence-uploads'
import { useLoad, type Load } from '../../../hooks/use-load'
import { clearLegalAidDraft, loadLegalAidDraft, saveLegalAidDraft, type LegalAidDraft } from '../../../services/legal-aid-draft'
import { fetchStations, locateWorker, submitLegalAid } from '../../../services/legal-aid'
import { errorMessage, isApiError } from '../../../services/request'
import { onSessionChange } from '../../../services/session'
import { askForProgressMessages, prefetchProgressTemplates } from '../../../services/subscribe'
import { newClientRequestId } from '../../../utils/id'
import { GRIEVANCE_DETAIL_PAGE, withQuery } from '../../../utils/routes'

export type FormFields = Omit<LegalAidDraft, 'clientRequestId' | 'evidence' | 'consentVersion'> & {
  /** The separate, explicit consent to LEGAL_CONSENT_TEXT. */
  consent: boolean
}

/** Form fields in screen order; the first one with an error is scrolled into view. */
const FIELD_ORDER = [
  'station',
  'caseType',
  'description',
  'employer',
  'amount',
  'since',
  'helpWanted',
  'phone',
  'hardship',
  'hardshipNote',
  'evidence',
  'consent'
] as const
export type FieldKey = (typeof FIELD_ORDER)[number]
export type FieldErrors = Partial<Record<FieldKey, string>>

/** Schema / server paths → the form field that shows the message. */
const PATH_TO_FIELD: Record<string, FieldKey> = {
  stationId: 'station',
  caseType: 'caseType',
  description: 'description',
  employer: 'employer',
  amountInDispute: 'amount',
  since: 'since',
  helpWanted: 'helpWanted',
  contactPhone: 'phone',
  hardship: 'hardship',
  hardshipNote: 'hardshipNote',
  evidenceIds: 'evidence',
  consentVersion: 'consent'
}

function toFieldErrors(byPath: Record<string, string>): FieldErrors {
  const out: FieldErrors = {}
  for (const [path, message] of Object.entries(byPath)) {
    const field = PATH_TO_FIELD[path.split('.')[0] ?? '']
    if (field && !out[field]) out[field] = message
  }
  return out
}

const AMOUNT_PATTERN = /^\d+(\.\d+)?$/
const AMOUNT_NOT_NUMBER = '涉及金额请填写数字（元）；说不清可以不填'

/** The amount as typed → yuan for the schema: null when left empty, NaN when not a number. */
function amountValue(typed: string): number | null {
  const t = typed.trim()
  if (t === '') return null
  return AMOUNT_PATTERN.test(t) ? Number(t) : Number.NaN
}

function emptyDraft(): LegalAidDraft {
  return {
    clientRequestId: newClientRequestId(),
    stationId: '',
    caseType: '',
    description: '',
    employer: '',
    amount: '',
    since: '',
    helpWanted: '',
    contactPhone: '',
    hardship: false,
    hardshipNote: '',
    evidence: [],
    consentVersion: ''
  }
}

function hasContent(d: LegalAidDraft): boolean {
  return d.description !== '' || d.employer !== '' || d.caseType !== '' || d.evidence.length > 0
}

export interface LegalAidForm {
  /** The stations to choose from, nearest first when the worker shared their location. */
  stations: Load<LegalStation[]>
  fields: FormFields
  evidence: EvidenceUploads
  errors: FieldErrors
  restored: boolean
  submitting: boolean
  notice: string
  update: <K extends keyof FormFields>(key: K, value: FormFields[K], field: FieldKey) => void
  addEvidence: (source: Parameters<EvidenceUploads['add']>[0]) => Promise<void>
  removeEvidence: (key: string) => void
  submit: () => Promise<void>
}

/**
 * The 法律援助 request form's state: a draft saved on every change (with its idempotency key,
 * uploaded evidence and the consent given), validation with the server's schema, and the submit.
 */
export function useLegalAidForm(): LegalAidForm {
  const [{ initial, restored }] = useState(() => {
    const saved = loadLegalAidDraft()
    return { initial: saved ?? emptyDraft(), restored: saved !== null && hasContent(saved) }
  })
  const [fields, setFields] = useState<FormFields>(() => {
    const { evidence: _evidence, clientRequestId: _id, consentVersion, ...rest } = initial
    // A tick given to an older consent text does not count for the current one.
    return { ...rest, consent: consentVersion === LEGAL_CONSENT_VERSION }
  })
  const evidence = useEvidenceUploads(initial.evidence)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [notice, setNotice] = useState('')
  // A ref as well as state: two taps in one frame both see the first one's flag.
  const busy = useRef(false)
  // One idempotency key per draft: every retry of the submit sends the same one.
  const clientRequestId = useRef(initial.clientRequestId)
  // Set once the ticket exists: the draft is gone and must not be written again.
  const submitted = useRef(false)
  // The draft the subscribe question was asked for: a retry does not ask again.
  const askedFor = useRef('')

  // Nearest first when the worker lets us know where they are; the plain list otherwise.
  const stations = useLoad(useCallback(async () => fetchStations(await locateWorker()), []))
  const list = stations.state.status === 'ready' ? stations.state.value : null
  // Preselect the suggested station, unless the one from the draft is still on the list.
  useEffect(() => {
    if (!list) return
    setFields((f) => {
      if (list.some((s) => s.id === f.stationId)) return f
      const suggested = list.find((s) => s.suggested)?.id ?? ''
      return suggested === f.stationId ? f : { ...f, stationId: suggested }
    })
  }, [list])

  // Every change is saved at once, so leaving the page or killing the app loses nothing
  // (`evidence.items` changing is what changes `evidence.uploaded()`).
  useEffect(() => {
    if (submitted.current) return
    const { consent, ...rest } = fields
    saveLegalAidDraft({
      ...rest,
      clientRequestId: clientRequestId.current,
      evidence: evidence.uploaded(),
      consentVersion: consent ? LEGAL_CONSENT_VERSION : ''
    })
  }, [fields, evidence.items])

  // The subscribe question must be asked straight from the submit tap, so its template ids are
  // fetched now (again after a login).
  useEffect(() => {
    void prefetchProgressTemplates()
    return onSessionChange(() => void prefetchProgressTemplates())
  }, [])

  const update = <K extends keyof FormFields>(key: K, value: FormFields[K], field: FieldKey) => {
    setFields((f) => ({ ...f, [key]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
    // Switching 经济困难 off drops the note's complaint too.
    if (key === 'hardship' && errors.hardshipNote) setErrors((e) => ({ ...e, hardshipNote: undefined }))
  }

  const addEvidence = async (source: Parameters<EvidenceUploads['add']>[0]) => {
    if (await evidence.add(source)) setErrors((e) => ({ ...e, evidence: undefined }))
  }

  const removeEvidence = (key: string) => {
    evidence.remove(key)
    setErrors((e) => ({ ...e, evidence: undefined }))
  }

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    const first = FIELD_ORDER.find((f) => next[f])
    if (first) Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => undefined)
  }

  const submit = async () => {
    if (busy.current || submitted.current) return
    setNotice('')
    const amount = amountValue(fields.amount)
    const parsed = legalAidSubmitSchema.safeParse({
      clientRequestId: clientRequestId.current,
      stationId: fields.stationId || undefined,
      caseType: fields.caseType || undefined,
      description: fields.description,
      employer: fields.employer,
      amountInDispute: amount,
      since: fields.since || undefined,
      helpWanted: fields.helpWanted || undefined,
      contactPhone: fields.contactPhone,
      hardship: fields.hardship,
      // A note typed and then switched off is not sent.
      hardshipNote: fields.hardship ? fields.hardshipNote : '',
      evidenceIds: evidence.uploaded().map((e) => e.id),
      consentVersion: fields.consent ? LEGAL_CONSENT_VERSION : undefined
    })
    const next: FieldErrors = parsed.success ? {} : toFieldErrors(fieldErrors(parsed.error))
    if (Number.isNaN(amount)) next.amount = AMOUNT_NOT_NUMBER
    const blocker = evidence.blocker()
    if (blocker && !next.evidence) next.evidence = blocker
    if (!parsed.success || Object.keys(next).length > 0) {
      showErrors(next)
      return
    }
    setErrors({})
    busy.current = true
    setSubmitting(true)
    // Still inside the tap (nothing awaited yet), as WeChat requires.
    if (askedFor.current !== parsed.data.clientRequestId) {
      askedFor.current = parsed.data.clientRequestId
      void askForProgressMessages()
    }
    try {
      const ticket = await submitLegalAid(parsed.data)
      submitted.current = true
      clearLegalAidDraft()
      void Taro.showToast({ title: '提交成功', icon: 'success' })
      void Taro.redirectTo({ url: withQuery(GRIEVANCE_DETAIL_PAGE, { id: ticket.id }) })
    } catch (err) {
      const byField = isApiError(err) ? toFieldErrors(err.fields) : {}
      if (Object.keys(byField).length > 0) {
        showErrors(byField)
      } else {
        setNotice(`提交没有成功：${errorMessage(err)}。内容已保存为草稿，可以稍后再提交。`)
        void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
      }
      busy.current = false
      setSubmitting(false)
    }
  }

  return { stations, fields, evidence, errors, restored, submitting, notice, update, addEvidence, removeEvidence, submit }
}
