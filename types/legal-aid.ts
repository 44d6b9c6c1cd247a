// 法律援助: case types, the help asked for, the stages a case moves through and how it can end.
// The stage table below is the only place the stage rules live; the server enforces it and the
// app offers exactly the steps it allows.

export const CASE_TYPES = ['wage_arrears', 'contract', 'work_injury', 'social_insurance', 'dismissal', 'overtime', 'other'] as const
export type CaseType = (typeof CASE_TYPES)[number]
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  wage_arrears: '欠薪',
  contract: '劳动合同',
  work_injury: '工伤',
  social_insurance: '社会保险',
  dismissal: '解除劳动关系',
  overtime: '加班与工时',
  other: '其他'
}

export const HELP_KINDS = ['consultation', 'mediation', 'arbitration', 'litigation'] as const
export type HelpKind = (typeof HELP_KINDS)[number]
export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  consultation: '法律咨询',
  mediation: '调解',
  arbitration: '仲裁代理',
  litigation: '诉讼代理'
}

export const CASE_STAGES = ['consultation', 'mediation', 'arbitration', 'litigation', 'closed'] as const
export type CaseStage = (typeof CASE_STAGES)[number]
export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  consultation: '咨询',
  mediation: '调解',
  arbitration: '仲裁',
  litigation: '诉讼',
  closed: '结案'
}
export type OpenStage = Exclude<CaseStage, 'closed'>

/** The next stages a case may move to (结案 is the separate close action, from any stage).
 * Only forward; mediation may be skipped; a labour dispute reaches court only after
 * arbitration (仲裁前置). */
export const STAGE_STEPS: Record<OpenStage, readonly OpenStage[]> = {
  consultation: ['mediation', 'arbitration'],
  mediation: ['arbitration'],
  arbitration: ['litigation'],
  litigation: []
}

export function nextStages(stage: CaseStage): readonly OpenStage[] {
  return stage === 'closed' ? [] : STAGE_STEPS[stage]
}

export const CASE_OUTCOMES = ['advice', 'mediated', 'award', 'judgment', 'withdrawn', 'referred'] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  advice: '提供法律意见',
  mediated: '调解达成协议',
  award: '仲裁裁决',
  judgment: '法院判决',
  withdrawn: '职工撤回',
  referred: '转介其他机构'
}

/** At which stages each outcome can close a case (a settlement can also be reached before an
 * arbitrator or a judge). */
export const OUTCOME_STAGES: Record<CaseOutcome, readonly OpenStage[]> = {
  advice: ['consultation'],
  mediated: ['mediation', 'arbitration', 'litigation'],
  award: ['arbitration'],
  judgment: ['litigation'],
  withdrawn: ['consultation', 'mediation', 'arbitration', 'litigation'],
  referred: ['consultation', 'mediation', 'arbitration', 'litigation']
}

export function outcomesAt(stage: CaseStage): CaseOutcome[] {
  if (stage === 'closed') return []
  return CASE_OUTCOMES.filter((o) => OUTCOME_STAGES[o].includes(stage))
}

/** Outcomes after which nothing was recovered through us: the amount must be 0. */
export const NO_RECOVERY_OUTCOMES: readonly CaseOutcome[] = ['referred']

export const APPOINTMENT_MODES = ['in_person', 'phone'] as const
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number]
export const APPOINTMENT_MODE_LABELS: Record<AppointmentMode, string> = { in_person: '到站面谈', phone: '电话咨询' }

export const APPOINTMENT_STATES = ['booked', 'cancelled'] as const
export type AppointmentState = (typeof APPOINTMENT_STATES)[number]

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WEEKDAY_LABELS: Record<number, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' }

/** How far ahead a worker may book a duty slot. */
export const BOOKING_HORIZON_DAYS = 14

export const LEGAL_CONSENT_VERSION = 'legal-aid-2026-11'
export const LEGAL_CONSENT_TEXT =
  '您提交的法律援助申请包含案情、工作单位、涉案金额、经济困难情况和证据材料等敏感个人信息。' +
  '这些信息仅供您选择的法律援助站的值班律师和承办工会干部为您提供法律服务使用，不向其他单位或个人提供；' +
  '案件办结后按档案管理规定保存。您可以随时撤回申请。'

/** Evidence: photos or PDF, checked from the file's bytes. */
export const MAX_EVIDENCE_FILES = 9
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
