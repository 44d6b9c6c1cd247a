import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ChildProfile } from '../../../../types/api-childcare'
import { CHILD_CONSENT_VERSION, HEALTH_CONSENT_VERSION, SIGN_UP_REFUSAL_LABELS } from '../../../../types/childcare'
import { childProfileSchema } from '../../../../types/schemas/childcare'
import { fieldErrors } from '../../../../types/schemas/validate'
import { deleteChild, saveChild } from '../../../services/childcare'
import { errorMessage, isApiError } from '../../../services/request'
import { CHILDREN_PAGE } from '../../../utils/routes'
import { toFieldErrors } from '../kit/form-errors'
import { FIELD_ORDER, initialFields, PATH_TO_FIELD, type ChildFields, type FieldErrors, type FieldKey } from './child-fields'
import { goBackOr } from '../../../utils/navigation'


/** Back to where the parent came from (the list, or the sign-up form), else to the list. */
function leave(): void {
  goBackOr(CHILDREN_PAGE)
}

export interface ChildForm {
  fields: ChildFields
  errors: FieldErrors
  saving: boolean
  deleting: boolean
  notice: string
  update: <K extends keyof ChildFields>(key: K, value: ChildFields[K], field: FieldKey) => void
  save: () => Promise<void>
  remove: () => Promise<void>
}

/** Adds a child (`child` null) or edits one; validated with the server's own schema. */
export function useChildForm(child: ChildProfile | null): ChildForm {
  const [fields, setFields] = useState<ChildFields>(() => initialFields(child))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [notice, setNotice] = useState('')
  const busy = useRef(false)

  const update = <K extends keyof ChildFields>(key: K, value: ChildFields[K], field: FieldKey) => {
    setFields((f) => ({ ...f, [key]: value }))
    // Ticking the health consent answers the error that health notes raised, and vice versa.
    const related: FieldKey[] = field === 'healthNotes' || field === 'healthConsent' ? ['healthNotes', 'healthConsent'] : [field]
    if (related.some((k) => errors[k])) setErrors((e) => ({ ...e, ...Object.fromEntries(related.map((k) => [k, undefined])) }))
  }

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    const first = FIELD_ORDER.find((f) => next[f])
    if (first) Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => undefined)
  }

  const save = async () => {
    if (busy.current) return
    setNotice('')
    const hasHealthNotes = fields.healthNotes.trim() !== ''
    const parsed = childProfileSchema.safeParse({
      name: fields.name,
      gender: fields.gender || undefined,
      birthDate: fields.birthDate || undefined,
      grade: fields.grade ?? undefined,
      school: fields.school,
      healthNotes: fields.healthNotes,
      emergencyName: fields.emergencyName,
      emergencyPhone: fields.emergencyPhone,
      consentVersion: fields.consent ? CHILD_CONSENT_VERSION : undefined,
      // Without health notes there is nothing to consent to: no consent is recorded.
      healthConsentVersion: fields.healthConsent && hasHealthNotes ? HEALTH_CONSENT_VERSION : null
    })
    const found = parsed.success ? {} : toFieldErrors(fieldErrors(parsed.error), PATH_TO_FIELD)
    // The schema checks the health consent only once every other field is valid; the parent
    // should hear about it together with the rest.
    if (hasHealthNotes && !fields.healthConsent && !found.healthConsent) found.healthConsent = SIGN_UP_REFUSAL_LABELS.health_consent_missing
    if (!parsed.success || Object.keys(found).length > 0) {
      showErrors(found)
      return
    }
    setErrors({})
    busy.current = true
    setSaving(true)
    try {
      await saveChild(parsed.data, child?.id)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      leave()
    } catch (err) {
      const byField = isApiError(err) ? toFieldErrors(err.fields, PATH_TO_FIELD) : {}
      if (Object.keys(byField).length > 0) showErrors(byField)
      else setNotice(errorMessage(err))
      void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
      busy.current = false
      setSaving(false)
    }
  }

  const remove = async () => {
    if (!child || busy.current) return
    const { confirm } = await Taro.showModal({
      title: '删除孩子信息',
      content: `删除后「${child.name}」的信息将被清除，不能恢复。确定删除吗？`,
      confirmText: '删除',
      confirmColor: '#C8161D'
    })
    if (!confirm) return
    busy.current = true
    setDeleting(true)
    try {
      await deleteChild(child.id)
      void Taro.showToast({ title: '已删除', icon: 'success' })
      leave()
    } catch (err) {
      // 409 while a sign-up is active: the server says so in Chinese.
      setNotice(errorMessage(err))
      void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 3000 })
      busy.current = false
      setDeleting(false)
    }
  }

  return { fields, errors, saving, deleting, notice, update, save, remove }
}
