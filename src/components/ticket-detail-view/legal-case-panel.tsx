import { Text, View } from '@tarojs/components'
import type { LegalCaseView } from '../../../types/api-legal-aid'
import { CASE_OUTCOME_LABELS, CASE_STAGE_LABELS, CASE_STAGES, CASE_TYPE_LABELS, HELP_KIND_LABELS } from '../../../types/legal-aid'
import { formatYuan } from '../../../types/schemas/money'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'
import { DetailRow } from './detail-row'

/** `2026-09` → `2026年9月`. */
export function formatYearMonth(since: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(since)
  return m ? `${m[1]}年${Number(m[2])}月` : since
}

/** 咨询 → 调解 → 仲裁 → 诉讼 → 结案, the current stage highlighted. */
export function StageStepper({ stage }: { stage: LegalCaseView['stage'] }) {
  const current = CASE_STAGES.indexOf(stage)
  return (
    <View className='stage-stepper' aria-label={`办案阶段：${CASE_STAGE_LABELS[stage]}`}>
      {CASE_STAGES.map((s, i) => (
        <View
          key={s}
          className={cx('stage-step', `stage-step-${s}`, i < current && 'stage-step--before', i === current && 'stage-step--current')}
          data-stage={s}
        >
          <View className='stage-step-dot'>{i + 1}</View>
          <Text className='stage-step-label'>{CASE_STAGE_LABELS[s]}</Text>
        </View>
      ))}
    </View>
  )
}

/** The case behind a legal-aid request: what it is about, who handles it and where it stands. */
export function LegalCasePanel({ legalCase: c }: { legalCase: LegalCaseView }) {
  const closed = c.stage === 'closed' || c.outcome !== null
  return (
    <View className='card legal-case'>
      <View className='card-title'>法律援助案件</View>
      <StageStepper stage={c.stage} />
      {closed && c.outcome ? (
        <View className='case-result'>
          <DetailRow label='结案方式' className='case-outcome'>
            <Text>{CASE_OUTCOME_LABELS[c.outcome]}</Text>
          </DetailRow>
          <DetailRow label='追回金额' className='case-recovered'>
            <Text>{c.amountRecovered === null ? '未填写' : formatYuan(c.amountRecovered)}</Text>
          </DetailRow>
          {c.closedAt ? (
            <DetailRow label='结案时间' className='case-closed-at'>
              <Text>{formatDate(c.closedAt)}</Text>
            </DetailRow>
          ) : null}
        </View>
      ) : null}
      <DetailRow label='案件类型' className='case-type'>
        <Text>{CASE_TYPE_LABELS[c.caseType]}</Text>
      </DetailRow>
      <DetailRow label='需要帮助' className='case-help'>
        <Text>{HELP_KIND_LABELS[c.helpWanted]}</Text>
      </DetailRow>
      <DetailRow label='涉及金额' className='case-amount'>
        <Text className={cx(c.amountInDispute === null && 'detail-hidden')}>{c.amountInDispute === null ? '未填写' : formatYuan(c.amountInDispute)}</Text>
      </DetailRow>
      <DetailRow label='开始时间' className='case-since'>
        <Text>{formatYearMonth(c.since)}</Text>
      </DetailRow>
      <DetailRow label='经济困难' className='case-hardship'>
        <Text>{c.hardship ? '是' : '否'}</Text>
        {c.hardship && c.hardshipNote ? <View className='case-hardship-note'>{c.hardshipNote}</View> : null}
      </DetailRow>
      <DetailRow label='援助站' className='case-station'>
        <Text>{c.station.name}</Text>
      </DetailRow>
      <DetailRow label='承办律师' className='case-lawyer'>
        <Text className={cx(!c.lawyer && 'case-lawyer--none')}>{c.lawyer ? c.lawyer.name : '待指派'}</Text>
      </DetailRow>
    </View>
  )
}
