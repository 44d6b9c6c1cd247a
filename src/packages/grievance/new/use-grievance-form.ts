import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { UnionRef } from '../../../../types/api'
import { grievanceSubmitSchema, MAX_PHOTOS } from '../../../../types/schemas/grievance'
import { fieldErrors } from '../../../../types/schemas/validate'
import type { PhotoItem } from '../../../components/photo-field'
import { usePhotoUploads, type PhotoUploads } from '../../../hooks/use-photo-uploads'
import { clearGrievanceDraft, loadGrievanceDraft, saveGrievanceDraft, type DraftPhoto, type GrievanceDraft } from '../../../services/grievance-draft'
import { errorMessage, isApiError } from '../../../services/request'
import { onSessionChange } from '../../../services/session'
import { askForProgressMessages, prefetchProgressTemplates } from '../../../services/subscribe'
import { submitGrievance } from '../../../services/tickets'
import { UNION_PICKED, type UnionPickedHandler } from '../../../utils/events'
import { newClientRequestId } from '../../../utils/id'
import { GRIEVANCE_DETAIL_PAGE, withQuery } from '../../../utils/routes'

export type DraftFields = Omit<GrievanceDraft, 'photos' | 'clientRequestId'>

/** Form fields in screen order; the first one with an error is scrolled into view. */
const FIELD_ORDER = ['category', 'title', 'description', 'photos', 'employer', 'union', 'phone', 'confidential', 'urgent'] as const
export type FieldKey = (typeof FIELD_ORDER)[number]
export type FieldErrors = Partial<Record<FieldKey, string>>

/** Schema / server paths → the form field that shows the message. */
const PATH_TO_FIELD: Record<string, FieldKey> = {
  category: 'category',
  title: 'title',
  description: 'description',
  attachmentIds: 'photos',
  employer: 'employer',
  targetUnionId: 'union',
  contactPhone: 'phone',
  confidential: 'confidential',
  urgent: 'urgent'
}

function toFieldErrors(byPath: Record<string, string>): FieldErrors {
  const out: FieldErrors = {}
  for (const [path, message] of Object.entries(byPath)) {
    const field = PATH_TO_FIELD[path.split('.')[0]]
    if (field && !out[field]) out[field] = message
  }
  return out
}

function emptyDraft(): GrievanceDraft {
  return {
    clientRequestId: newClientRequestId(),
    category: '',
    title: '',
    description: '',
    employer: '',
    targetUnion: null,
    contactPhone: '',
    confidential: false,
    urgent: false,
    photos: []
  }
}

function donePhotos(list: readonly PhotoItem[]): DraftPhoto[] {
  return list.flatMap((p) => (p.status === 'done' && p.id && p.url ? [{ id: p.id, url: p.url }] : []))
}

export interface GrievanceForm {
  fields: DraftFields
  photos: PhotoUploads
  errors: FieldErrors
  restored: boolean
  submitting: boolean
  notice: string
  update: <K extends keyof DraftFields>(key: K, value: DraftFields[K], field: FieldKey) => void
  addPhotos: () => Promise<void>
  submit: () => Promise<void>
}

/**
 * The 职工说事 form's state: a draft saved on every change (with its idempotency key and
 * uploaded photos), validation with the server's schema, and the submit.
 */
export function useGrievanceForm(): GrievanceForm {
  const [{ initial, restored }] = useState(() => {
    const saved = loadGrievanceDraft()
    return { initial: saved ?? emptyDraft(), restored: saved !== null && (saved.title !== '' || saved.description !== '') }
  })
  const [fields, setFields] = useState<DraftFields>(() => {
    const { photos: _photos, clientRequestId: _id, ...rest } = initial
    return rest
  })
  const photos = usePhotoUploads(MAX_PHOTOS, initial.photos)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [notice, setNotice] = useState('')
  const submittingRef = useRef(false)
  // One idempotency key per draft: every retry of the submit sends the same one.
  const clientRequestId = useRef(initial.clientRequestId)
  // Set once the ticket exists: the draft is gone and must not be written again.
  const submitted = useRef(false)
  // The draft (by its idempotency key) the subscribe question was asked for: a retry after a
  // failed submit does not ask again.
  const askedFor = useRef('')

  // Every change is saved at once, so leaving the page or killing the app loses nothing.
  useEffect(() => {
    if (submitted.current) return
    saveGrievanceDraft({ ...fields, clientRequestId: clientRequestId.current, photos: donePhotos(photos.photos) })
  }, [fields, photos.photos])

  // The subscribe question must be asked straight from the submit tap, so its template ids are
  // fetched now (again after a login, should the form have been opened without a session).
  useEffect(() => {
    void prefetchProgressTemplates()
    return onSessionChange(() => void prefetchProgressTemplates())
  }, [])

  // The union picker reports the chosen union through the event center.
  useEffect(() => {
    const onPicked: UnionPickedHandler = (union: UnionRef) => {
      setFields((f) => ({ ...f, targetUnion: { id: union.id, name: union.name } }))
      setErrors((e) => ({ ...e, union: undefined }))
    }
    Taro.eventCenter.on(UNION_PICKED, onPicked)
    return () => {
      Taro.eventCenter.off(UNION_PICKED, onPicked)
    }
  }, [])

  const update = <K extends keyof DraftFields>(key: K, value: DraftFields[K], field: FieldKey) => {
    setFields((f) => ({ ...f, [key]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const addPhotos = async () => {
    if (await photos.add()) setErrors((e) => ({ ...e, photos: undefined }))
  }

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    const first = FIELD_ORDER.find((f) => next[f])
    if (first) {
      Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => undefined)
    }
  }

  const submit = async () => {
    if (submittingRef.current) return
    setNotice('')
    const blocker = photos.blocker()
    if (blocker) {
      showErrors({ photos: blocker })
      return
    }
    const parsed = grievanceSubmitSchema.safeParse({
      clientRequestId: clientRequestId.current,
      category: fields.category || undefined,
      title: fields.title,
      description: fields.description,
      employer: fields.employer,
      targetUnionId: fields.targetUnion?.id ?? '',
      contactPhone: fields.contactPhone,
      confidential: fields.confidential,
      urgent: fields.urgent,
      attachmentIds: photos.uploaded().map((p) => p.id)
    })
    if (!parsed.success) {
      showErrors(toFieldErrors(fieldErrors(parsed.error)))
      return
    }
    setErrors({})
    submittingRef.current = true
    setSubmitting(true)
    // Still inside the tap (nothing awaited yet), as WeChat requires: ask about progress
    // messages now rather than after the ticket exists. It never throws and nothing waits for it.
    if (askedFor.current !== parsed.data.clientRequestId) {
      askedFor.current = parsed.data.clientRequestId
      void askForProgressMessages()
    }
    try {
      const ticket = await submitGrievance(parsed.data)
      submitted.current = true
      clearGrievanceDraft()
      void Taro.showToast({ title: '提交成功', icon: 'success' })
      void Taro.redirectTo({ url: withQuery(GRIEVANCE_DETAIL_PAGE, { id: ticket.id }) })
    } catch (err) {
      if (isApiError(err) && err.code === 'VALIDATION_FAILED' && Object.keys(err.fields).length > 0) {
        showErrors(toFieldErrors(err.fields))
      } else {
        const message = `提交没有成功：${errorMessage(err)}。内容已保存为草稿，可以稍后再提交。`
        setNotice(message)
        void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
      }
      submittingRef.current = false
      setSubmitting(false)
    }
  }

  return { fields, photos, errors, restored, submitting, notice, update, addPhotos, submit }
}
