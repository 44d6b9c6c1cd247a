// Enumerations and their Chinese labels. Kept free of runtime dependencies so the
// mini-program main package can import them without pulling a validation library.

export const TICKET_KINDS = ['grievance', 'childcare', 'legal_aid'] as const
export type TicketKind = (typeof TICKET_KINDS)[number]
export const TICKET_KIND_LABELS: Record<TicketKind, string> = {
  grievance: '职工说事',
  childcare: '爱心托班',
  legal_aid: '法律援助'
}

export const TICKET_STATUSES = ['submitted', 'in_progress', 'resolved', 'closed', 'withdrawn'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待受理',
  in_progress: '处理中',
  resolved: '待评价',
  closed: '已办结',
  withdrawn: '已撤回'
}
/** States in which the union still owes the worker something. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['submitted', 'in_progress']

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

export const TICKET_ACTIONS = ['accept', 'reply', 'note', 'resolve', 'confirm', 'reject', 'withdraw'] as const
export type TicketAction = (typeof TICKET_ACTIONS)[number]
export const TICKET_ACTION_LABELS: Record<TicketAction, string> = {
  accept: '受理',
  reply: '回复',
  note: '内部备注',
  resolve: '办结',
  confirm: '确认解决',
  reject: '未解决',
  withdraw: '撤回'
}

/** The part a person plays on one ticket. */
export const ACTOR_ROLES = ['requester', 'cadre'] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]
export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  requester: '职工',
  cadre: '工会干部'
}

export const EVENT_VISIBILITIES = ['public', 'internal'] as const
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number]
