import Taro from '@tarojs/taro'
import { Input, Switch, Text, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import { GRIEVANCE_CATEGORIES, GRIEVANCE_CATEGORY_LABELS, type GrievanceCategory } from '../../../../types/enums'
import { MAX_DESCRIPTION, MAX_PHOTOS, MAX_TITLE } from '../../../../types/schemas/grievance'
import { CheckOption } from '../../../components/check-option'
import { FormField } from '../../../components/form-field'
import { PageShell } from '../../../components/page-shell'
import { TextareaField } from '../../../components/textarea-field'
import { PhotoField } from '../../../components/photo-field'
import { cx } from '../../../utils/class-names'
import { UNION_PICKER_PAGE, withQuery } from '../../../utils/routes'
import { useGrievanceForm } from './use-grievance-form'
import './index.scss'
import { PhoneInput } from '../../../components/phone-input'

export default function GrievanceNewPage() {
  const { fields, photos, errors, restored, submitting, notice, update, addPhotos, submit } = useGrievanceForm()

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

        <TextareaField
          name='description'
          label='诉求描述'
          required
          error={errors.description}
          value={fields.description}
          max={MAX_DESCRIPTION}
          placeholder='发生了什么、从什么时候开始、涉及多少人、希望工会怎么帮您'
          onInput={(v) => update('description', v, 'description')}
        />

        <FormField name='photos' label={`照片（选填，最多 ${MAX_PHOTOS} 张）`} error={errors.photos}>
          <PhotoField
            photos={photos.photos}
            max={MAX_PHOTOS}
            onAdd={() => void addPhotos()}
            onRetry={photos.retry}
            onRemove={photos.remove}
            onPreview={photos.preview}
          />
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
          <PhoneInput value={fields.contactPhone} onChange={(v) => update('contactPhone', v, 'phone')} />
        </FormField>

        <FormField name='confidential' label='对所在企业保密' error={errors.confidential} hint='开启后，企业工会的干部看不到您的姓名和电话；街道、县等上级工会仍可联系您'>
          <Switch
            className='confidential-switch'
            checked={fields.confidential}
            color='#C8161D'
            onChange={(e) => update('confidential', e.detail.value, 'confidential')}
          />
        </FormField>

        <FormField name='urgent' label='紧急程度' error={errors.urgent} hint='勾选后答复期限更短，请只在确有急情时勾选'>
          <CheckOption className='urgent-checkbox' checked={fields.urgent} onChange={(v) => update('urgent', v, 'urgent')}>
            紧急：涉及人身安全或当日欠薪等
          </CheckOption>
        </FormField>

        <AppButton className='btn btn--primary btn--block submit-btn' disabled={submitting} onClick={() => void submit()}>
          {submitting ? '提交中…' : '提交'}
        </AppButton>
      </View>
    </PageShell>
  )
}
