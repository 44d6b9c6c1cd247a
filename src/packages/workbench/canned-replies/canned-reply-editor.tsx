import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Textarea, View } from '@tarojs/components'
import { cannedReplySchema, type CannedReplyInput } from '../../../../types/schemas/workflow-admin'
import { AppButton } from '../../../components/app-button'
import { FormField } from '../../../components/form-field'
import { parseWith, saveFailure, type FieldErrors } from '../admin-kit/form'

/** A reply being written: `id` is set when editing an existing one. */
export interface EditorTarget {
  id?: string
  title: string
  body: string
}

interface CannedReplyEditorProps {
  unionId: string
  target: EditorTarget
  onSave: (input: CannedReplyInput) => Promise<void>
  onCancel: () => void
}

export function CannedReplyEditor({ unionId, target, onSave, onCancel }: CannedReplyEditorProps) {
  const [title, setTitle] = useState(target.title)
  const [body, setBody] = useState(target.body)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    if (saving) return
    const parsed = parseWith(cannedReplySchema, { unionId, title, body })
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
    <View className='canned-form'>
      <View className='section-title'>{target.id ? '编辑常用回复' : '新增常用回复'}</View>
      <FormField name='title' label='标题' required error={errors.title || errors.unionId}>
        <Input
          className='input title-input'
          value={title}
          maxlength={20}
          placeholder='如：工资拖欠 · 已转劳动监察'
          placeholderClass='placeholder'
          onInput={(e) => setTitle(e.detail.value)}
        />
      </FormField>
      <FormField name='body' label='回复内容' required error={errors.body}>
        <Textarea
          className='textarea body-input'
          value={body}
          maxlength={1000}
          placeholder='答复职工的文字'
          placeholderClass='placeholder'
          onInput={(e) => setBody(e.detail.value)}
        />
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
