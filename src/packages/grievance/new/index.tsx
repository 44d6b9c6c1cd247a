import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import type { UnionRef } from '../../../../types/api'
import { GRIEVANCE_CATEGORIES, GRIEVANCE_CATEGORY_LABELS, type GrievanceCategory } from '../../../../types/enums'
import { grievanceSubmitSchema, MAX_DESCRIPTION, MAX_PHOTOS, MAX_TITLE } from '../../../../types/schemas/grievance'
import { fieldErrors } from '../../../../types/schemas/validate'
import { FormField } from '../../../components/form-field'
import { PageShell } from '../../../components/page-shell'
import {
  clearGrievanceDraft,
  loadGrievanceDraft,
  saveGrievanceDraft,
  type GrievanceDraft
} from '../../../services/grievance-draft'
import { errorMessage, isApiError } from '../../../services/request'
import { submitGrievance } from '../../../services/tickets'
import { uploadPhoto } from '../../../services/uploads'
import { cx } from '../../../utils/class-names'
import { UNION_PICKED, type UnionPickedHandler } from '../../../utils/events'
import { newClientRequestId } from '../../../utils/id'
import { GRIEVANCE_DETAIL_PAGE, UNION_PICKER_PAGE, withQuery } from '../../../utils/routes'
import { PhotoField, type PhotoItem } from './photo-field'
import './index.scss'

type DraftFields = Omit<GrievanceDraft, 'photos' | 'clientRequestId'>

/** Form fields in screen order; the first one with an error is scrolled into view. */
const FIELD_ORDER = ['category', 'title', 'description', 'photos', 'employer', 'union', 'phone', 'confidential'] as const
type FieldKey = (typeof FIELD_ORDER)[number]

/** Schema / server paths → the form field that shows the message. */
const PATH_TO_FIELD: Record<string, FieldKey> = {
  category: 'category',
  title: 'title',
  description: 'description',
  attachmentIds: 'photos',
  employer: 'employer',
  targetUnionId: 'union',
  contactPhone: 'phone',
  confidential: 'confidential'
}

function toFieldErrors(byPath: Record<string, string>): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = {}
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
    photos: []
  }
}

let photoSeq = 0
const photoKey = () => `p${Date.now().toString(36)}${(photoSeq++).toString(36)}`

export default function GrievanceNewPage() {
  const [{ initial, restored }] = useState(() => {
    const saved = loadGrievanceDraft()
    return { initial: saved ?? emptyDraft(), restored: saved !== null && (saved.title !== '' || saved.description !== '') }
  })
  const [fields, setFields] = useState<DraftFields>(() => {
    const { photos: _photos, clientRequestId: _id, ...rest } = initial
    return rest
  })
  const [photos, setPhotos] = useState<PhotoItem[]>(() =>
    initial.photos.map((p) => ({ key: photoKey(), status: 'done', progress: 100, id: p.id, url: p.url }))
  )
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({})
  const [submitting, setSubmitting] = useState(false)
  const [notice, setNotice] = useState('')
  const submittingRef = useRef(false)
  // One idempotency key per draft: every retry of the submit sends the same one.
  const clientRequestId = useRef(initial.clientRequestId)
  // Set once the ticket exists: the draft is gone and must not be written again.
  const submitted = useRef(false)

  // Every change is saved at once, so leaving the page or killing the app loses nothing.
  useEffect(() => {
    if (submitted.current) return
    saveGrievanceDraft({
      ...fields,
      clientRequestId: clientRequestId.current,
      photos: photos.filter((p) => p.status === 'done' && p.id && p.url).map((p) => ({ id: p.id as string, url: p.url as string }))
    })
  }, [fields, photos])

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

  const patchPhoto = (key: string, patch: Partial<PhotoItem>) => {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))
  }

  const startUpload = (key: string, localPath: string) => {
    patchPhoto(key, { status: 'uploading', progress: 0, error: undefined })
    uploadPhoto(localPath, (progress) => patchPhoto(key, { progress })).then(
      (res) => patchPhoto(key, { status: 'done', progress: 100, id: res.id, url: res.url }),
      (err: unknown) => patchPhoto(key, { status: 'failed', error: errorMessage(err) })
    )
  }

  const addPhotos = async () => {
    const room = MAX_PHOTOS - photos.length
    if (room <= 0) return
    let paths: string[]
    try {
      const res = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      paths = res.tempFilePaths.slice(0, room)
    } catch {
      return // cancelled
    }
    const added: PhotoItem[] = paths.map((localPath) => ({ key: photoKey(), localPath, status: 'uploading', progress: 0 }))
    setPhotos((list) => list.concat(added).slice(0, MAX_PHOTOS))
    setErrors((e) => ({ ...e, photos: undefined }))
    added.forEach((p) => startUpload(p.key, p.localPath as string))
  }

  const retryPhoto = (key: string) => {
    const p = photos.find((x) => x.key === key)
    if (p?.localPath) startUpload(key, p.localPath)
  }

  const removePhoto = (key: string) => setPhotos((list) => list.filter((p) => p.key !== key))

  const previewPhoto = (key: string) => {
    const urls = photos.map((p) => p.localPath ?? p.url ?? '').filter(Boolean)
    const current = photos.find((p) => p.key === key)
    void Taro.previewImage({ urls, current: current?.localPath ?? current?.url ?? urls[0] })
  }

  const showErrors = (next: Partial<Record<FieldKey, string>>) => {
    setErrors(next)
    const first = FIELD_ORDER.find((f) => next[f])
    if (first) {
      Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => undefined)
    }
  }

  const submit = async () => {
    if (submittingRef.current) return
    setNotice('')
    if (photos.some((p) => p.status === 'uploading')) {
      showErrors({ photos: '还有照片正在上传，请稍候再提交' })
      return
    }
    if (photos.some((p) => p.status === 'failed')) {
      showErrors({ photos: '有照片上传失败，请点击重试或删除后再提交' })
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
      attachmentIds: photos.map((p) => p.id).filter((id): id is string => typeof id === 'string')
    })
    if (!parsed.success) {
      showErrors(toFieldErrors(fieldErrors(parsed.error)))
      return
    }
    setErrors({})
    submittingRef.current = true
    setSubmitting(true)
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

  const pickUnion = () => {
    void Taro.navigateTo({ url: withQuery(UNION_PICKER_PAGE, { selected: fields.targetUnion?.id }) })
  }

  return (
    <PageShell className='grievance-new'>
      <View className='grievance-form'>
        <View className='form-intro muted'>
          {restored ? '已为您恢复上次未提交的内容。' : ''}请如实填写，所在工会将尽快受理并答复。
        </View>
        {notice ? <View className='notice submit-notice'>{notice}</View> : null}

        <FormField name='category' label='诉求类别' required error={errors.category}>
          <View className='category-options'>
            {GRIEVANCE_CATEGORIES.map((c: GrievanceCategory) => (
              <View
                key={c}
                id={`category-${c}`}
                data-value={c}
                className={cx('category-option', fields.category === c && 'category-option--on')}
                onClick={() => update('category', c, 'category')}
              >
                {GRIEVANCE_CATEGORY_LABELS[c]}
              </View>
            ))}
          </View>
        </FormField>

        <FormField name='title' label='标题' required error={errors.title}>
          <Input
            className='input'
            value={fields.title}
            maxlength={MAX_TITLE}
            placeholder='一句话说明情况，如：三个月工资未发'
            placeholderClass='placeholder'
            onInput={(e) => update('title', e.detail.value, 'title')}
          />
        </FormField>

        <FormField
          name='description'
          label='诉求描述'
          required
          error={errors.description}
          extra={
            <Text className={cx('char-count', fields.description.length > MAX_DESCRIPTION && 'char-count--over')}>
              {fields.description.length}/{MAX_DESCRIPTION}
            </Text>
          }
        >
          <Textarea
            className='textarea'
            value={fields.description}
            maxlength={MAX_DESCRIPTION}
            placeholder='发生了什么、从什么时候开始、涉及多少人、希望工会怎么帮您'
            placeholderClass='placeholder'
            onInput={(e) => update('description', e.detail.value, 'description')}
          />
        </FormField>

        <FormField name='photos' label={`照片（选填，最多 ${MAX_PHOTOS} 张）`} error={errors.photos}>
          <PhotoField photos={photos} onAdd={() => void addPhotos()} onRetry={retryPhoto} onRemove={removePhoto} onPreview={previewPhoto} />
        </FormField>

        <FormField name='employer' label='工作单位' error={errors.employer}>
          <Input
            className='input'
            value={fields.employer}
            maxlength={100}
            placeholder='您所在的企业或单位名称'
            placeholderClass='placeholder'
            onInput={(e) => update('employer', e.detail.value, 'employer')}
          />
        </FormField>

        <FormField name='union' label='受理工会' required error={errors.union}>
          <View className='union-select' onClick={pickUnion}>
            <Text className={cx('union-select-text', !fields.targetUnion && 'placeholder')}>
              {fields.targetUnion?.name ?? '请选择您所在地区或企业的工会'}
            </Text>
            <Text className='union-select-arrow'>›</Text>
          </View>
        </FormField>

        <FormField name='phone' label='联系电话' required error={errors.phone} hint='仅用于工会联系您，不会公开'>
          <Input
            className='input'
            type='number'
            value={fields.contactPhone}
            maxlength={20}
            placeholder='手机号或座机号'
            placeholderClass='placeholder'
            onInput={(e) => update('contactPhone', e.detail.value, 'phone')}
          />
        </FormField>

        <FormField name='confidential' label='对所在企业保密' error={errors.confidential} hint='开启后，企业工会的干部看不到您的姓名和电话；街道、县等上级工会仍可联系您'>
          <Switch
            className='confidential-switch'
            checked={fields.confidential}
            color='#C8161D'
            onChange={(e) => update('confidential', e.detail.value, 'confidential')}
          />
        </FormField>

        <AppButton className='btn btn--primary btn--block submit-btn' disabled={submitting} onClick={() => void submit()}>
          {submitting ? '提交中…' : '提交'}
        </AppButton>
      </View>
    </PageShell>
  )
}
