// The cadre workbench's vocabulary: the definitions of 三率 as shown on the dashboard (the
// rollup in server/migrations/005_workbench.sql computes exactly these), and export kinds.

export const RATE_KEYS = ['response', 'solve', 'satisfaction'] as const
export type RateKey = (typeof RATE_KEYS)[number]

export const RATE_LABELS: Record<RateKey, string> = { response: '响应率', solve: '解决率', satisfaction: '满意率' }

/** Written on the dashboard under each rate; 不合理诉求 are left out of all three. */
export const RATE_DEFINITIONS: Record<RateKey, string> = {
  response: '按期响应的诉求 ÷ 应响应的诉求。响应指签收（或直接不予受理），按期指不晚于签收期限；应响应 = 已响应的 + 已过签收期限仍未签收的（签收前撤回的不计）。',
  solve: '确认解决的诉求 ÷ 答复过的诉求。确认解决含职工确认和答复后 7 天未评价的自动确认；答复过的含因“未解决”正在重办的。',
  satisfaction: '满意评价 ÷ 有评价的诉求。速度、态度、结果三项平均 4 星及以上为满意；自动确认而未评价的不计。'
}

export const RATES_EXCLUSION_NOTE = '三率均不含被标记为“不合理诉求”的件数；托班报名不计入。'

/** What a workbench export contains. */
export const EXPORT_KINDS = ['tickets', 'childcare_roster', 'legal_cases'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  tickets: '诉求台账',
  childcare_roster: '托班名单及考勤',
  legal_cases: '法律援助案件台账'
}

/** Inbox and dashboard counts above this are shown as "999+": they come from bounded queries. */
export const COUNT_CAP = 999
