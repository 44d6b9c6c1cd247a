import { Input, Picker, Switch, Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, CASE_TYPES, HELP_KIND_LABELS, HELP_KINDS, LEGAL_CONSENT_TEXT } from '../../../../types/legal-aid'
import { MAX_CASE_DESCRIPTION } from '../../../../types/schemas/legal-aid'
import { AppButton } from '../../../components/app-button'
import { CheckOption } from '../../../components/check-option'
import { FormField } from '../../../components/form-field'
import { PageShell } from '../../../components/page-shell'
import { TextareaField } from '../../../components/textarea-field'
import { PhoneInput } from '../../../components/phone-input'
import { cx } from '../../../utils/class-names'
import { EvidenceField } from './evidence-field'
import { StationChoice } from './station-choice'
import { useLegalAidForm } from './use-legal-aid-form'
import './index.scss'

const MAX_HARDSHIP_NOTE = 500
const EARLIEST_MONTH = '2000-01'

function thisMonth(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/** `2026-09` → `2026年9月`. */
function monthText(ym: string): string {
  const [y, m] = ym.split('-')
  return y && m ? `${y}年${Number(m)}月` : ''
}

export default function LegalAidNewPage() {
  const form = useLegalAidForm()
  const { stations, fields, errors, update, evidence } = form
  const now = thisMonth()

  return (
    <PageShell className='legal-aid-new'>
      <View className='la-form'>
        <View className='la-intro muted'>
          {form.restored ? '已为您恢复上次未提交的内容。' : ''}
          工会法律援助站的值班律师为职工提供免费法律咨询；符合条件的，可免费代理调解、仲裁和诉讼。
        </View>
        {form.notice ? <View className='notice la-submit-notice'>{form.notice}</View> : null}

        <FormField name='station' label='法律援助站' required error={errors.station}>
          <StationChoice
            stations={stations.state}
            value={fields.stationId}
            onChange={(id) => update('stationId', id, 'station')}
            onRetry={() => void stations.reload()}
          />
        </FormField>

        <FormField name='caseType' label='案件类型' required error={errors.caseType}>
          <View className='la-chips'>
            {CASE_TYPES.map((c) => (
              <View
                key={c}
                id={`case-type-${c}`}
                className={cx('la-chip', fields.caseType === c && 'la-chip--on')}
                role='radio'
                aria-checked={fields.caseType === c}
                onClick={() => update('caseType', c, 'caseType')}
              >
                {CASE_TYPE_LABELS[c]}
              </View>
            ))}
          </View>
        </FormField>

        <TextareaField
          name='description'
          label='事情经过'
          required
          error={errors.description}
          value={fields.description}
          max={MAX_CASE_DESCRIPTION}
          placeholder='什么时候入职、做什么工作、发生了什么、单位怎么说的、您希望得到什么结果'
          className='la-description'
          onInput={(v) => update('description', v, 'description')}
        />

        <FormField name='employer' label='用人单位' required error={errors.employer}>
          <Input
            className='input'
            value={fields.employer}
            maxlength={100}
            placeholder='单位全称，如：宁海顺达快递有限公司'
            placeholderClass='placeholder'
            onInput={(e) => update('employer', e.detail.value, 'employer')}
          />
        </FormField>

        <FormField name='amount' label='涉及金额（元，选填）' error={errors.amount} hint='如拖欠的工资、应得的赔偿；说不清可以不填'>
          <Input
            className='input'
            type='digit'
            value={fields.amount}
            maxlength={12}
            placeholder='例如 8000'
            placeholderClass='placeholder'
            onInput={(e) => update('amount', e.detail.value, 'amount')}
          />
        </FormField>

        <FormField name='since' label='开始时间' required error={errors.since} hint='如从哪个月开始欠薪、哪个月受伤或被辞退'>
          <Picker mode='date' fields='month' value={fields.since || now} start={EARLIEST_MONTH} end={now} onChange={(e) => update('since', String(e.detail.value), 'since')}>
            <View className={cx('la-select la-since-value', !fields.since && 'placeholder')}>
              <Text>{fields.since ? monthText(fields.since) : '请选择年月'}</Text>
              <Text className='la-select-arrow'>›</Text>
            </View>
          </Picker>
        </FormField>

        <FormField name='helpWanted' label='需要的帮助' required error={errors.helpWanted}>
          <View className='la-chips'>
            {HELP_KINDS.map((h) => (
              <View
                key={h}
                id={`help-${h}`}
                className={cx('la-chip', fields.helpWanted === h && 'la-chip--on')}
                role='radio'
                aria-checked={fields.helpWanted === h}
                onClick={() => update('helpWanted', h, 'helpWanted')}
              >
                {HELP_KIND_LABELS[h]}
              </View>
            ))}
          </View>
        </FormField>

        <FormField name='phone' label='联系电话' required error={errors.phone} hint='仅用于援助站律师联系您，不会公开'>
          <PhoneInput value={fields.contactPhone} onChange={(v) => update('contactPhone', v, 'phone')} />
        </FormField>

        <FormField
          name='hardship'
          label='经济困难'
          error={errors.hardship}
          hint='免费代理（调解、仲裁、诉讼）以经济困难为条件，请如实申报；援助站可能请您提供低保证、困难职工证等证明。法律咨询不受此限制。'
        >
          <View className='la-switch-row'>
            <Text className='la-switch-label'>我经济困难，申请免费代理</Text>
            <Switch className='la-hardship-switch' checked={fields.hardship} color='#C8161D' onChange={(e) => update('hardship', e.detail.value, 'hardship')} />
          </View>
        </FormField>

        {fields.hardship ? (
          <TextareaField
            name='hardshipNote'
            label='困难情况说明'
            required
            error={errors.hardshipNote}
            value={fields.hardshipNote}
            max={MAX_HARDSHIP_NOTE}
            placeholder='如：享受低保、持困难职工证、停工后没有收入'
            className='la-hardship-note'
            onInput={(v) => update('hardshipNote', v, 'hardshipNote')}
          />
        ) : null}

        <FormField name='evidence' label='证据材料（选填）' error={errors.evidence} hint='劳动合同、工资条、考勤记录、聊天记录截图、病历等，照片或 PDF 均可'>
          <EvidenceField
            items={evidence.items}
            refused={evidence.refused}
            onAdd={(source) => void form.addEvidence(source)}
            onRetry={evidence.retry}
            onRemove={form.removeEvidence}
            onPreview={evidence.preview}
          />
        </FormField>

        <FormField name='consent' label='个人信息处理规则' required error={errors.consent}>
          <View className='la-consent-text'>{LEGAL_CONSENT_TEXT}</View>
          <CheckOption className='la-consent-checkbox' checked={fields.consent} onChange={(v) => update('consent', v, 'consent')}>
            我已阅读并同意上述规则，同意援助站律师和承办工会处理我的上述信息
          </CheckOption>
        </FormField>

        <AppButton className='btn btn--primary btn--block la-submit-btn' disabled={form.submitting} onClick={() => void form.submit()}>
          {form.submitting ? '提交中…' : '提交申请'}
        </AppButton>
      </View>
    </PageShell>
  )
}
