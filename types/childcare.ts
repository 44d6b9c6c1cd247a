// 爱心托班 enumerations and their Chinese labels. Free of runtime dependencies, like enums.ts.

/** Where one child's sign-up for one period stands. Only sign-ups in SEAT_STATES use a seat. */
export const ENROLMENT_STATES = [
  'applied',
  'pending_review',
  'held',
  'waitlisted',
  'offered',
  'cancelled',
  'lapsed',
  'rejected',
  'not_drawn'
] as const
export type EnrolmentState = (typeof ENROLMENT_STATES)[number]
export const ENROLMENT_STATE_LABELS: Record<EnrolmentState, string> = {
  applied: '待抽签',
  pending_review: '待审核',
  held: '报名成功',
  waitlisted: '候补中',
  offered: '候补转正待确认',
  cancelled: '已取消',
  lapsed: '逾期未确认',
  rejected: '审核未通过',
  not_drawn: '未中签'
}
/** States that hold a seat of the period's capacity. */
export const SEAT_STATES: readonly EnrolmentState[] = ['pending_review', 'held', 'offered']
/** States in which the sign-up is still alive (blocks a second sign-up of the same child). */
export const ACTIVE_STATES: readonly EnrolmentState[] = ['applied', 'pending_review', 'held', 'waitlisted', 'offered']

export const ENROLMENT_ACTIONS = ['cancel', 'claim', 'approve', 'reject', 'promote', 'lapse', 'draw_seat', 'draw_waitlist', 'draw_out'] as const
export type EnrolmentAction = (typeof ENROLMENT_ACTIONS)[number]
export const ENROLMENT_ACTION_LABELS: Record<EnrolmentAction, string> = {
  cancel: '取消报名',
  claim: '确认入班',
  approve: '审核通过',
  reject: '审核不通过',
  promote: '候补转正',
  lapse: '逾期未确认',
  draw_seat: '抽签中签',
  draw_waitlist: '抽签候补',
  draw_out: '抽签未中'
}
/** Timeline entries that are not actions: the sign-up itself. */
export const ENROLMENT_EVENT_KINDS = [...ENROLMENT_ACTIONS, 'sign_up'] as const
export type EnrolmentEventKind = (typeof ENROLMENT_EVENT_KINDS)[number]
export const ENROLMENT_EVENT_LABELS: Record<EnrolmentEventKind, string> = { ...ENROLMENT_ACTION_LABELS, sign_up: '提交报名' }

export const ALLOCATION_MODES = ['first_come', 'lottery'] as const
export type AllocationMode = (typeof ALLOCATION_MODES)[number]
export const ALLOCATION_MODE_LABELS: Record<AllocationMode, string> = { first_come: '先到先得', lottery: '抽签' }

export const PRIORITY_GROUPS = ['hardship_family', 'new_form_worker', 'single_parent', 'model_worker', 'frontline_worker'] as const
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number]
export const PRIORITY_GROUP_LABELS: Record<PriorityGroup, string> = {
  hardship_family: '困难职工家庭',
  new_form_worker: '新就业形态劳动者',
  single_parent: '单亲家庭',
  model_worker: '劳动模范',
  frontline_worker: '一线职工'
}

export const GENDERS = ['male', 'female'] as const
export type Gender = (typeof GENDERS)[number]
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' }

/** School grade: 0 = not yet at primary school, 1–9 = 一年级 to 九年级. A grade rolls over on
 * 1 September, so a summer class sees the grade the child has just finished. */
export const SCHOOL_GRADES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const
export type SchoolGrade = (typeof SCHOOL_GRADES)[number]
export const SCHOOL_GRADE_LABELS: Record<SchoolGrade, string> = {
  0: '学龄前',
  1: '一年级',
  2: '二年级',
  3: '三年级',
  4: '四年级',
  5: '五年级',
  6: '六年级',
  7: '七年级',
  8: '八年级',
  9: '九年级'
}

/** Why a sign-up was not accepted; each has one Chinese sentence. */
export const SIGN_UP_REFUSALS = [
  'not_open',
  'closed',
  'age_out_of_range',
  'grade_out_of_range',
  'already_signed_up',
  'one_period_per_class',
  'overlapping_period',
  'full',
  'priority_not_offered',
  'health_consent_missing'
] as const
export type SignUpRefusal = (typeof SIGN_UP_REFUSALS)[number]
export const SIGN_UP_REFUSAL_LABELS: Record<SignUpRefusal, string> = {
  not_open: '报名尚未开始',
  closed: '报名已截止',
  age_out_of_range: '孩子的年龄不在本班期招收范围内（按开班日计算）',
  grade_out_of_range: '孩子的年级不在本班期招收范围内（按开班日计算）',
  already_signed_up: '孩子已报名本班期，请勿重复报名',
  one_period_per_class: '同一托班每个孩子只能报名一个班期',
  overlapping_period: '孩子已报名的其他班期与本班期时间重叠',
  full: '名额和候补均已满',
  priority_not_offered: '所选优先类别不在本托班的优先范围内',
  health_consent_missing: '填写健康情况需要您单独同意健康信息的处理'
}

/** The text a guardian agrees to before a child's details are stored (儿童个人信息保护规定). The
 * version is stored with the consent, so a changed text asks again. */
export const CHILD_CONSENT_VERSION = 'child-2026-11'
export const CHILD_CONSENT_TEXT =
  '我是该儿童的监护人，同意工会为办理爱心托班报名、开班管理和紧急联络收集并使用孩子的姓名、性别、出生日期、就读学校与年级、紧急联系人。' +
  '这些信息只对承办托班的工会干部可见，托班结束一年后删除，我可以随时查看、更正或删除。'
export const HEALTH_CONSENT_VERSION = 'health-2026-11'
export const HEALTH_CONSENT_TEXT =
  '我同意工会收集孩子的健康情况与过敏信息（敏感个人信息），仅用于托班期间的照护和突发情况处置，只对承办托班的工会干部可见。'
