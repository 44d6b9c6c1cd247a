import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ClassAdminView } from '../../../../types/api-childcare'
import { MAX_PERIODS, classSchema } from '../../../../types/schemas/childcare'
import { createClass, updateClass } from '../../../services/childcare-admin'
import { parseWith, saveFailure, type FieldErrors } from '../admin-kit/form'
import { emptyFields, fromView, newPeriod, toInput, type ClassFields, type PeriodFields } from './class-fields'

/** The class form: fields as typed, Chinese errors by schema path, one save at a time. */
export function useClassForm(existing: ClassAdminView | null, unionId: string, onSaved: (saved: ClassAdminView) => void) {
  const [fields, setFields] = useState<ClassFields>(() => (existing ? fromView(existing) : emptyFields(unionId, new Date())))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof ClassFields>(key: K, value: ClassFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }))
    setErrors((e) => {
      const { [key]: _gone, ...rest } = e
      return rest
    })
  }
  const setPeriod = (index: number, key: keyof PeriodFields, value: string) => {
    setFields((f) => ({ ...f, periods: f.periods.map((p, i) => (i === index ? { ...p, [key]: value } : p)) }))
    setErrors((e) => {
      const { [`periods.${index}.${key}`]: _gone, ...rest } = e
      return rest
    })
  }
  const addPeriod = () => setFields((f) => (f.periods.length >= MAX_PERIODS ? f : { ...f, periods: [...f.periods, newPeriod(f.periods.length, new Date())] }))
  const removePeriod = (index: number) => {
    setFields((f) => ({ ...f, periods: f.periods.filter((_, i) => i !== index) }))
    setErrors({})
  }

  const save = async () => {
    if (saving) return
    const parsed = parseWith(classSchema, toInput(fields))
    if (!parsed.ok) {
      setErrors(parsed.errors)
      void Taro.showToast({ title: '请按提示修改后再保存', icon: 'none' })
      return
    }
    setSaving(true)
    try {
      const saved = existing ? await updateClass(existing.id, parsed.data) : await createClass(parsed.data)
      void Taro.showToast({ title: '已保存为草稿', icon: 'success' })
      onSaved(saved)
    } catch (err) {
      // Keep everything typed; show the server's field messages where it sent some.
      const failure = saveFailure(err)
      setErrors(failure.errors)
      void Taro.showToast({ title: failure.message, icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  return { fields, errors, saving, set, setPeriod, addPeriod, removePeriod, save }
}
