// Enumerations and their Chinese labels. Kept free of runtime dependencies so the
// mini-program main package can import them without pulling a validation library.

export const TICKET_KINDS = ['grievance', 'childcare', 'legal_aid'] as const
export type TicketKind = (typeof TICKET_KINDS)[number]
export const TICKET_KIND_LABELS: Record<TicketKind, string> = {
  grievance: '职工说事',
  childcare: '爱心托班',
  legal_aid: '法律援助'
}

/** The 12345/12351 stages: 签收 → 办理 (with 待补充材料) → 答复 → 评价/办结. */
export const TICKET_STATUSES = ['submitted', 'in_progress', 'awaiting_info', 'answered', 'closed', 'refused', 'withdrawn'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待签收',
  in_progress: '办理中',
  awaiting_info: '待补充材料',
  answered: '已答复',
  closed: '已办结',
  refused: '不予受理',
  withdrawn: '已撤回'
}
/** States in which the union still owes the worker something. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['submitted', 'in_progress', 'awaiting_info']
/** States nothing more happens in. */
export const FINAL_STATUSES: readonly TicketStatus[] = ['closed', 'refused', 'withdrawn']

export const GRIEVANCE_CATEGORIES = ['wages', 'safety', 'insurance', 'hardship', 'rights', 'suggestion', 'other'] as const
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number]
export const GRIEVANCE_CATEGORY_LABELS: Record<GrievanceCategory, string> = {
  wages: '工资待遇',
  safety: '劳动安全',
  insurance: '社会保险',
  hardship: '生活困难',
  rights: '劳动权益',
  suggestion: '意见建议',
  other: '其他'
}

export const UNION_LEVELS = ['province', 'city', 'county', 'township', 'industry', 'enterprise'] as const
export type UnionLevel = (typeof UNION_LEVELS)[number]
export const UNION_LEVEL_LABELS: Record<UnionLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇街道',
  industry: '行业',
  enterprise: '企业'
}

/** What a person (or the system, for auto_confirm) can do to a ticket. */
export const TICKET_ACTIONS = [
  'acknowledge',
  'dispatch',
  'return',
  'transfer',
  'request_info',
  'supplement',
  'reply',
  'answer',
  'confirm',
  'reject',
  'auto_confirm',
  'refuse',
  'withdraw',
  'request_extension',
  'approve_extension',
  'deny_extension',
  'mark_unreasonable',
  'note',
  'assign_lawyer',
  'advance_stage',
  'close_case'
] as const
export type TicketAction = (typeof TICKET_ACTIONS)[number]
export const TICKET_ACTION_LABELS: Record<TicketAction, string> = {
  acknowledge: '签收',
  dispatch: '派单',
  return: '退单',
  transfer: '转办',
  request_info: '要求补充材料',
  supplement: '补充材料',
  reply: '回复',
  answer: '答复',
  confirm: '确认解决',
  reject: '未解决',
  auto_confirm: '超时自动确认',
  refuse: '不予受理',
  withdraw: '撤回',
  request_extension: '申请延期',
  approve_extension: '同意延期',
  deny_extension: '不同意延期',
  mark_unreasonable: '标记不合理诉求',
  note: '内部备注',
  assign_lawyer: '指派律师',
  advance_stage: '推进办案阶段',
  close_case: '结案'
}

/** Timeline entries that are not actions someone takes: the submission, the 督办 raised by
 * the deadline job, and 法律援助 appointments booked or cancelled. */
export const TICKET_EVENT_KINDS = [...TICKET_ACTIONS, 'submit', 'escalate', 'book_appointment', 'cancel_appointment'] as const
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number]
export const TICKET_EVENT_LABELS: Record<TicketEventKind, string> = {
  ...TICKET_ACTION_LABELS,
  submit: '提交诉求',
  escalate: '督办',
  book_appointment: '预约值班律师',
  cancel_appointment: '取消预约'
}

/** The part someone plays on one ticket: the worker who raised it; a cadre of the union now
 * handling it; a cadre of a union above that one; the deadline job; for 法律援助, the lawyer
 * assigned to the case and the station's other lawyers. */
export const ACTOR_ROLES = ['requester', 'handler', 'supervisor', 'system', 'lawyer', 'station_lawyer'] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]
export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  requester: '职工',
  handler: '承办工会',
  supervisor: '上级工会',
  system: '系统',
  lawyer: '承办律师',
  station_lawyer: '援助站律师'
}

export const EVENT_VISIBILITIES = ['public', 'internal'] as const
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number]

/** 退单 reasons (the receiving union sends a dispatch back). */
export const RETURN_REASONS = ['not_our_scope', 'wrong_area', 'duplicate_dispatch', 'needs_higher_level', 'other'] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]
export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  not_our_scope: '不属于本单位职责',
  wrong_area: '不在本单位管辖区域',
  duplicate_dispatch: '重复派单',
  needs_higher_level: '需上级工会协调办理',
  other: '其他'
}

/** 不予受理 reasons. */
export const REFUSE_REASONS = ['out_of_scope', 'duplicate', 'insufficient_info', 'in_legal_process', 'other'] as const
export type RefuseReason = (typeof REFUSE_REASONS)[number]
export const REFUSE_REASON_LABELS: Record<RefuseReason, string> = {
  out_of_scope: '不属于工会受理范围',
  duplicate: '重复诉求',
  insufficient_info: '信息不足，无法核实',
  in_legal_process: '已进入仲裁或诉讼程序',
  other: '其他'
}

/** Deadline lights on the workbench: green, yellow = due within one working day, red = overdue. */
export const DUE_LIGHTS = ['green', 'yellow', 'red'] as const
export type DueLight = (typeof DUE_LIGHTS)[number]
export const DUE_LIGHT_LABELS: Record<DueLight, string> = { green: '正常', yellow: '临期', red: '超期' }

/** Which clock is running: the union owes an acknowledgement or an answer. */
export const DUE_KINDS = ['acknowledge', 'answer'] as const
export type DueKind = (typeof DUE_KINDS)[number]

/** Why a 督办 was raised at the parent union. */
export const SUPERVISION_REASONS = ['ack_overdue', 'answer_overdue', 'reopened_twice'] as const
export type SupervisionReason = (typeof SUPERVISION_REASONS)[number]
export const SUPERVISION_REASON_LABELS: Record<SupervisionReason, string> = {
  ack_overdue: '超时未签收',
  answer_overdue: '超时未答复',
  reopened_twice: '两次重办仍未解决'
}

export const EXTENSION_STATUSES = ['pending', 'approved', 'denied', 'lapsed'] as const
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number]
export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, string> = {
  pending: '待上级审批',
  approved: '已同意',
  denied: '未同意',
  lapsed: '已失效'
}

/** The three things a worker rates when confirming. */
export const RATING_DIMENSIONS = ['speed', 'attitude', 'result'] as const
export type RatingDimension = (typeof RATING_DIMENSIONS)[number]
export const RATING_DIMENSION_LABELS: Record<RatingDimension, string> = {
  speed: '办理速度',
  attitude: '服务态度',
  result: '办理结果'
}

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number]
export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = { holiday: '放假', workday: '调休上班' }
