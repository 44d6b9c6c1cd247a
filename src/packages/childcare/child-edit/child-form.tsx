import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { ChildProfile } from '../../../../types/api-childcare'
import { CHILD_CONSENT_TEXT, GENDER_LABELS, GENDERS, HEALTH_CONSENT_TEXT, SCHOOL_GRADE_LABELS, SCHOOL_GRADES } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { CheckOption } from '../../../components/check-option'
import { FormField } from '../../../components/form-field'
import { cx } from '../../../utils/class-names'
import { birthDateText } from '../../../utils/childcare-format'
import '../kit/kit.scss'
import { useChildForm } from './use-child-form'
import { PhoneInput } from '../../../components/phone-input'

const MAX_HEALTH = 500
const GRADE_LABELS = SCHOOL_GRADES.map((g) => SCHOOL_GRADE_LABELS[g])

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** A child's details, the guardian's consent, and the separate consent for health notes. */
export function ChildForm({ child }: { child: ChildProfile | null }) {
  const { fields, errors, saving, deleting, notice, update, save, remove } = useChildForm(child)
  const year = new Date().getFullYear()
  const gradeIndex = fields.grade === null ? 0 : SCHOOL_GRADES.findIndex((g) => g === fields.grade)

  return (
    <View className='cc-child-form'>
      {child && !child.consentCurrent ? <View className='notice cc-consent-renew'>信息处理规则已更新，请阅读并重新勾选同意后保存</View> : null}
      {notice ? <View className='notice cc-child-notice'>{notice}</View> : null}

      <FormField name='name' label='孩子姓名' required error={errors.name}>
        <Input className='input' value={fields.name} maxlength={20} placeholder='与户口簿一致' placeholderClass='placeholder' onInput={(e) => update('name', e.detail.value, 'name')} />
      </FormField>

      <FormField name='gender' label='性别' required error={errors.gender}>
        <View className='cc-chips'>
          {GENDERS.map((g) => (
            <View key={g} id={`gender-${g}`} className={cx('cc-chip', 'cc-gender', fields.gender === g && 'cc-chip--on')} onClick={() => update('gender', g, 'gender')}>
              <Text>{GENDER_LABELS[g]}</Text>
            </View>
          ))}
        </View>
      </FormField>

      <FormField name='birthDate' label='出生日期' required error={errors.birthDate}>
        <Picker mode='date' value={fields.birthDate || `${year - 8}-01-01`} start={`${year - 18}-01-01`} end={today()} onChange={(e) => update('birthDate', String(e.detail.value), 'birthDate')}>
          <View className={cx('cc-select cc-birth-value', !fields.birthDate && 'placeholder')}>
            <Text>{fields.birthDate ? birthDateText(fields.birthDate) : '请选择出生日期'}</Text>
            <Text className='cc-select-arrow'>›</Text>
          </View>
        </Picker>
      </FormField>

      <FormField name='grade' label='年级' required error={errors.grade} hint='9 月开学前填写刚读完的年级'>
        <Picker mode='selector' range={GRADE_LABELS} value={Math.max(0, gradeIndex)} onChange={(e) => update('grade', SCHOOL_GRADES[Number(e.detail.value)] ?? null, 'grade')}>
          <View className={cx('cc-select cc-grade-value', fields.grade === null && 'placeholder')}>
            <Text>{fields.grade === null ? '请选择年级' : GRADE_LABELS[gradeIndex]}</Text>
            <Text className='cc-select-arrow'>›</Text>
          </View>
        </Picker>
      </FormField>

      <FormField name='school' label='就读学校（选填）' error={errors.school}>
        <Input className='input' value={fields.school} maxlength={50} placeholder='学校或幼儿园名称' placeholderClass='placeholder' onInput={(e) => update('school', e.detail.value, 'school')} />
      </FormField>

      <FormField name='emergencyName' label='紧急联系人' required error={errors.emergencyName}>
        <Input className='input' value={fields.emergencyName} maxlength={20} placeholder='联系人姓名' placeholderClass='placeholder' onInput={(e) => update('emergencyName', e.detail.value, 'emergencyName')} />
      </FormField>

      <FormField name='emergencyPhone' label='紧急联系电话' required error={errors.emergencyPhone}>
        <PhoneInput value={fields.emergencyPhone} onChange={(v) => update('emergencyPhone', v, 'emergencyPhone')} />
      </FormField>

      <FormField
        name='healthNotes'
        label='健康情况与过敏（选填）'
        error={errors.healthNotes}
        extra={<Text className='muted'>{fields.healthNotes.length}/{MAX_HEALTH}</Text>}
        hint='如哮喘、食物或药物过敏；填写须另行同意下方的健康信息处理规则'
      >
        <Textarea className='textarea' value={fields.healthNotes} maxlength={MAX_HEALTH} placeholder='没有可不填' placeholderClass='placeholder' onInput={(e) => update('healthNotes', e.detail.value, 'healthNotes')} />
      </FormField>

      <FormField name='healthConsent' label='健康信息授权' error={errors.healthConsent}>
        <CheckOption className='cc-health-consent' checked={fields.healthConsent} onChange={(v) => update('healthConsent', v, 'healthConsent')}>
          <Text className='cc-consent-text'>{HEALTH_CONSENT_TEXT}</Text>
        </CheckOption>
      </FormField>

      <FormField name='consent' label='监护人同意' required error={errors.consent}>
        <CheckOption className='cc-consent' checked={fields.consent} onChange={(v) => update('consent', v, 'consent')}>
          <Text className='cc-consent-text'>{CHILD_CONSENT_TEXT}</Text>
        </CheckOption>
      </FormField>

      <AppButton className='btn btn--primary btn--block cc-save-btn' disabled={saving || deleting} onClick={() => void save()}>
        {saving ? '正在保存…' : '保存'}
      </AppButton>
      {child ? (
        <AppButton className='btn btn--plain btn--block cc-delete-btn' disabled={saving || deleting} onClick={() => void remove()}>
          {deleting ? '正在删除…' : '删除孩子信息'}
        </AppButton>
      ) : null}
    </View>
  )
}
