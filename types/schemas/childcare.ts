// Payload schemas for 爱心托班: the same schema checks the form in the app and the request on
// the server.
import { z } from 'zod'
import { ALLOCATION_MODES, CHILD_CONSENT_VERSION, GENDERS, HEALTH_CONSENT_VERSION, PRIORITY_GROUPS } from '../childcare'
import { phonePattern } from './grievance'

const isoDate = /^\d{4}-\d{2}-\d{2}$/
/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDate(s: string): boolean {
  if (!isoDate.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
const date = (message: string) => z.string({ message }).refine(isCalendarDate, { message })
const time = (message: string) => z.string({ message }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message })
const instant = (message: string) => z.iso.datetime({ offset: true, message })
const int = (message: string, min: number, max: number) => z.number({ message }).int({ message }).min(min, { message }).max(max, { message })

export const clientRequestId = z
  .string({ message: '缺少请求编号' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' })

const phone = z.string({ message: '请填写联系电话' }).trim().regex(phonePattern, { message: '请填写正确的手机号或座机号（如 0574-65512345）' })

export const childProfileSchema = z
  .object({
    name: z.string({ message: '请填写孩子姓名' }).trim().min(2, { message: '孩子姓名至少 2 个字' }).max(20, { message: '孩子姓名不能超过 20 个字' }),
    gender: z.enum(GENDERS, { message: '请选择性别' }),
    birthDate: date('请选择正确的出生日期'),
    grade: int('请选择年级', 0, 9),
    school: z.string({ message: '学校名称格式不正确' }).trim().max(50, { message: '学校名称不能超过 50 个字' }).default(''),
    healthNotes: z.string({ message: '健康情况格式不正确' }).trim().max(500, { message: '健康情况不能超过 500 个字' }).default(''),
    emergencyName: z.string({ message: '请填写紧急联系人' }).trim().min(2, { message: '紧急联系人姓名至少 2 个字' }).max(20, { message: '紧急联系人姓名不能超过 20 个字' }),
    emergencyPhone: phone,
    /** The version of CHILD_CONSENT_TEXT the guardian agreed to; the current one is required. */
    consentVersion: z.literal(CHILD_CONSENT_VERSION, { message: '请先阅读并同意儿童个人信息处理规则' }),
    /** Separate consent for health notes (sensitive personal information); null = not given. */
    healthConsentVersion: z.literal(HEALTH_CONSENT_VERSION, { message: '请阅读并同意最新的健康信息处理规则' }).nullable().default(null)
  })
  .superRefine((v, ctx) => {
    if (v.healthNotes !== '' && v.healthConsentVersion === null) {
      ctx.addIssue({ code: 'custom', path: ['healthConsentVersion'], message: '填写健康情况需要您单独同意健康信息的处理' })
    }
  })
export type ChildProfileInput = z.input<typeof childProfileSchema>
export type ChildProfileSave = z.output<typeof childProfileSchema>

export const MAX_PERIODS = 10

export const periodSchema = z
  .object({
    name: z.string({ message: '请填写班期名称' }).trim().min(1, { message: '请填写班期名称' }).max(20, { message: '班期名称不能超过 20 个字' }),
    startDate: date('请选择正确的开班日期'),
    endDate: date('请选择正确的结班日期'),
    dailyStart: time('请填写每天开始时间（如 08:30）'),
    dailyEnd: time('请填写每天结束时间（如 17:00）'),
    capacity: int('名额须为 1–500 的整数', 1, 500)
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结班日期不能早于开班日期' })
    if (p.dailyEnd <= p.dailyStart) ctx.addIssue({ code: 'custom', path: ['dailyEnd'], message: '结束时间须晚于开始时间' })
  })
export type PeriodInput = z.input<typeof periodSchema>

export const classSchema = z
  .object({
    unionId: z.uuid({ message: '请选择举办工会' }),
    title: z.string({ message: '请填写托班名称' }).trim().min(4, { message: '托班名称至少 4 个字' }).max(40, { message: '托班名称不能超过 40 个字' }),
    season: z.string({ message: '请填写季度，如 2026年暑期' }).trim().min(2, { message: '请填写季度，如 2026年暑期' }).max(20, { message: '季度不能超过 20 个字' }),
    address: z.string({ message: '请填写托班地址' }).trim().min(5, { message: '托班地址至少 5 个字' }).max(100, { message: '托班地址不能超过 100 个字' }),
    latitude: z.number({ message: '纬度格式不正确' }).min(-90, { message: '纬度格式不正确' }).max(90, { message: '纬度格式不正确' }).nullable().default(null),
    longitude: z.number({ message: '经度格式不正确' }).min(-180, { message: '经度格式不正确' }).max(180, { message: '经度格式不正确' }).nullable().default(null),
    description: z.string({ message: '请填写托班介绍' }).trim().min(10, { message: '托班介绍至少 10 个字' }).max(1000, { message: '托班介绍不能超过 1000 个字' }),
    ageMin: int('年龄须为 2–16 岁', 2, 16).nullable().default(null),
    ageMax: int('年龄须为 2–16 岁', 2, 16).nullable().default(null),
    gradeMin: int('请选择年级范围', 0, 9).nullable().default(null),
    gradeMax: int('请选择年级范围', 0, 9).nullable().default(null),
    fee: int('费用须为 0–10000 元的整数', 0, 10000).default(0),
    bring: z.string({ message: '携带物品格式不正确' }).trim().max(300, { message: '携带物品不能超过 300 个字' }).default(''),
    priorityGroups: z.array(z.enum(PRIORITY_GROUPS, { message: '优先类别不正确' }), { message: '优先类别格式不正确' }).max(PRIORITY_GROUPS.length).default([]),
    allocationMode: z.enum(ALLOCATION_MODES, { message: '请选择分配方式' }),
    opensAt: instant('请选择报名开始时间'),
    closesAt: instant('请选择报名截止时间'),
    drawAt: instant('请选择抽签时间').nullable().default(null),
    reviewRequired: z.boolean({ message: '审核选项格式不正确' }).default(false),
    onePeriodPerChild: z.boolean({ message: '班期限制格式不正确' }).default(true),
    claimHours: int('确认期限须为 1–168 小时', 1, 168).default(24),
    cancelCutoffHours: int('取消截止须为开班前 0–168 小时', 0, 168).default(24),
    attendanceThreshold: int('出勤率要求须为 0–100', 0, 100).default(70),
    waitlistLimit: int('候补人数须为 0–500', 0, 500).default(20),
    periods: z.array(periodSchema, { message: '请添加班期' }).min(1, { message: '至少添加一个班期' }).max(MAX_PERIODS, { message: `班期最多 ${MAX_PERIODS} 个` })
  })
  .superRefine((c, ctx) => {
    const age = c.ageMin !== null || c.ageMax !== null
    const grade = c.gradeMin !== null || c.gradeMax !== null
    if (!age && !grade) ctx.addIssue({ code: 'custom', path: ['ageMin'], message: '请填写招收年龄或年级范围' })
    if (age && (c.ageMin === null || c.ageMax === null)) ctx.addIssue({ code: 'custom', path: ['ageMax'], message: '请同时填写最小和最大年龄' })
    if (grade && (c.gradeMin === null || c.gradeMax === null)) ctx.addIssue({ code: 'custom', path: ['gradeMax'], message: '请同时填写最低和最高年级' })
    if (c.ageMin !== null && c.ageMax !== null && c.ageMax < c.ageMin) ctx.addIssue({ code: 'custom', path: ['ageMax'], message: '最大年龄不能小于最小年龄' })
    if (c.gradeMin !== null && c.gradeMax !== null && c.gradeMax < c.gradeMin) ctx.addIssue({ code: 'custom', path: ['gradeMax'], message: '最高年级不能低于最低年级' })
    if (Date.parse(c.closesAt) <= Date.parse(c.opensAt)) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: '报名截止时间须晚于开始时间' })
    if (c.allocationMode === 'lottery') {
      if (c.drawAt === null) ctx.addIssue({ code: 'custom', path: ['drawAt'], message: '抽签方式须设置抽签时间' })
      else if (Date.parse(c.drawAt) < Date.parse(c.closesAt)) ctx.addIssue({ code: 'custom', path: ['drawAt'], message: '抽签时间不能早于报名截止时间' })
    }
    const closesDay = new Date(Date.parse(c.closesAt) + 8 * 3_600_000).toISOString().slice(0, 10)
    c.periods.forEach((p, i) => {
      if (p.startDate < closesDay) ctx.addIssue({ code: 'custom', path: ['periods', i, 'startDate'], message: '开班日期须在报名截止之后' })
    })
  })
export type ClassInput = z.input<typeof classSchema>
export type ClassSave = z.output<typeof classSchema>

export const signUpSchema = z.object({
  clientRequestId,
  childId: z.uuid({ message: '请选择孩子' }),
  contactPhone: phone,
  priorityGroups: z.array(z.enum(PRIORITY_GROUPS, { message: '优先类别不正确' }), { message: '优先类别格式不正确' }).max(PRIORITY_GROUPS.length).default([]),
  note: z.string({ message: '备注格式不正确' }).trim().max(200, { message: '备注不能超过 200 个字' }).default('')
})
export type SignUpInput = z.input<typeof signUpSchema>
export type SignUp = z.output<typeof signUpSchema>

/** Body of an enrolment action; only 审核不通过 needs words. */
export const enrolmentActionSchema = z.object({
  reason: z.string({ message: '原因格式不正确' }).trim().max(200, { message: '原因不能超过 200 个字' }).default('')
})
export type EnrolmentActionBody = z.output<typeof enrolmentActionSchema>

export const attendanceSchema = z.object({
  marks: z
    .array(z.object({ enrolmentId: z.uuid({ message: '名单编号格式不正确' }), present: z.boolean({ message: '出勤格式不正确' }) }), { message: '请勾选出勤' })
    .min(1, { message: '请勾选出勤' })
    .max(500, { message: '一次最多登记 500 人' })
})
export type AttendanceSave = z.output<typeof attendanceSchema>

export const attendanceDateParam = z.object({ date: date('日期格式不正确') })

export const catalogueQuerySchema = z.object({
  unionId: z.uuid({ message: '地区选择不正确' }).optional(),
  age: z.coerce.number({ message: '年龄须为 2–16 的整数' }).int({ message: '年龄须为 2–16 的整数' }).min(2, { message: '年龄须为 2–16 的整数' }).max(16, { message: '年龄须为 2–16 的整数' }).optional(),
  from: date('日期格式不正确').optional(),
  to: date('日期格式不正确').optional(),
  /** available = only periods with seats left; waitlist = full but 候补 open. */
  seats: z.enum(['any', 'available', 'waitlist'], { message: '名额筛选不正确' }).default('any')
})
export type CatalogueQuery = z.output<typeof catalogueQuerySchema>
