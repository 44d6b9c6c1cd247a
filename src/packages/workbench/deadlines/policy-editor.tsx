import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import type { DeadlinePolicyView } from '../../../../types/api'
import { deadlinePolicySchema, type DeadlinePolicyInput } from '../../../../types/schemas/workflow-admin'
import { AppButton } from '../../../components/app-button'
import { FormField } from '../../../components/form-field'
import { parseWith, saveFailure, type FieldErrors } from '../admin-kit/form'

interface PolicyEditorProps {
  policy: DeadlinePolicyView
  onSave: (input: DeadlinePolicyInput) => Promise<void>
  onCancel: () => void
}

/** '' stays missing (the schema asks for it); anything else becomes a number to check. */
function toDays(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim())
}

export function PolicyEditor({ policy, onSave, onCancel }: PolicyEditorProps) {
  const [ack, setAck] = useState(String(policy.ackDays))
  const [answer, setAnswer] = useState(String(policy.answerDays))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    if (saving) return
    const parsed = parseWith(deadlinePolicySchema, { kind: policy.kind, urgent: policy.urgent, ackDays: toDays(ack), answerDays: toDays(answer) })
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    setSaving(true)
    try {
      await onSave(parsed.data)
    } catch (err) {
      const failure = saveFailure(err)
      setErrors(failure.errors)
      void Taro.showToast({ title: failure.message, icon: 'none' })
      setSaving(false)
    }
  }

  return (
    <View className='policy-editor'>
      <FormField name='ackDays' label='签收时限（工作日）' required error={errors.ackDays}>
        <Input className='input ack-input' type='number' value={ack} maxlength={2} onInput={(e) => setAck(e.detail.value)} />
      </FormField>
      <FormField name='answerDays' label='答复时限（工作日）' required error={errors.answerDays}>
        <Input className='input answer-input' type='number' value={answer} maxlength={2} onInput={(e) => setAnswer(e.detail.value)} />
      </FormField>
      <View className='row-actions'>
        <AppButton className='btn btn--plain cancel-btn' onClick={onCancel}>
          取消
        </AppButton>
        <AppButton className='btn btn--primary save-btn' disabled={saving} onClick={() => void submit()}>
          {saving ? '正在保存…' : '保存'}
        </AppButton>
      </View>
    </View>
  )
}
