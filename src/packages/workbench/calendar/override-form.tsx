import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Text, View } from '@tarojs/components'
import { CALENDAR_DAY_KINDS, CALENDAR_DAY_KIND_LABELS, type CalendarDayKind } from '../../../../types/enums'
import { calendarOverrideSchema, type CalendarOverrideInput } from '../../../../types/schemas/workflow-admin'
import { AppButton } from '../../../components/app-button'
import { FormField } from '../../../components/form-field'
import { cx } from '../../../utils/class-names'
import { formatDate } from '../../../utils/date'
import { parseWith, saveFailure, type FieldErrors } from '../admin-kit/form'

interface OverrideFormProps {
  onSubmit: (input: CalendarOverrideInput) => Promise<void>
}

const thisYear = new Date().getFullYear()

export function OverrideForm({ onSubmit }: OverrideFormProps) {
  const [date, setDate] = useState('')
  const [kind, setKind] = useState<CalendarDayKind | ''>('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const clear = (key: string) => setErrors((e) => ({ ...e, [key]: '' }))

  const pickKind = (k: CalendarDayKind) => {
    setKind(k)
    clear('kind')
  }

  const submit = async () => {
    if (saving) return
    const parsed = parseWith(calendarOverrideSchema, { date: date || undefined, kind: kind || undefined, note })
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    setSaving(true)
    try {
      await onSubmit(parsed.data)
      setDate('')
      setKind('')
      setNote('')
      setErrors({})
    } catch (err) {
      const failure = saveFailure(err)
      setErrors(failure.errors)
      void Taro.showToast({ title: failure.message, icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='override-form'>
      <View className='section-title'>录入一天</View>
      <FormField name='date' label='日期' required error={errors.date}>
        <Picker
          mode='date'
          value={date || `${thisYear + 1}-01-01`}
          start={`${thisYear - 1}-01-01`}
          end={`${thisYear + 2}-12-31`}
          onChange={(e) => {
            setDate(e.detail.value)
            clear('date')
          }}
        >
          <View className={cx('input date-picker-value', !date && 'placeholder')}>{date ? formatDate(date) : '请选择日期'}</View>
        </Picker>
      </FormField>
      <FormField name='kind' label='安排' required error={errors.kind}>
        <View className='choice-options'>
          {CALENDAR_DAY_KINDS.map((k) => (
            <View key={k} id={`kind-${k}`} className={cx('choice-option', kind === k && 'choice-option--on')} onClick={() => pickKind(k)}>
              <Text>{CALENDAR_DAY_KIND_LABELS[k]}</Text>
            </View>
          ))}
        </View>
      </FormField>
      <FormField name='note' label='依据' required error={errors.note} hint='如：国务院办公厅关于2027年部分节假日安排的通知'>
        <Input
          className='input note-input'
          value={note}
          maxlength={100}
          placeholder='填写通知名称或文号'
          placeholderClass='placeholder'
          onInput={(e) => {
            setNote(e.detail.value)
            clear('note')
          }}
        />
      </FormField>
      <AppButton className='btn btn--primary btn--block add-override-btn' disabled={saving} onClick={() => void submit()}>
        {saving ? '正在保存…' : '录入'}
      </AppButton>
    </View>
  )
}
