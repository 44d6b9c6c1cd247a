// Payload schemas for 法律援助: the same schema checks the form in the app and the request on
// the server.
import { z } from 'zod'
import { APPOINTMENT_MODES, CASE_TYPES, HELP_KINDS, LEGAL_CONSENT_VERSION, MAX_EVIDENCE_FILES } from '../legal-aid'
import { clientRequestId, isCalendarDate } from './childcare'
import { phonePattern } from './grievance'
import { yuan } from './money'

export const MAX_CASE_DESCRIPTION = 3000

const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, { message: min > 1 ? `${label}至少 ${min} 个字` : `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` })

const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/

const legalAidFields = z.object({
  clientRequestId,
  stationId: z.uuid({ message: '请选择法律援助站' }),
  caseType: z.enum(CASE_TYPES, { message: '请选择案件类型' }),
  description: text('事情经过', 20, MAX_CASE_DESCRIPTION),
  employer: text('用人单位名称', 2, 100),
  /** Yuan; null when the worker cannot say. */
  amountInDispute: yuan('涉及金额').nullable().default(null),
  /** Since when (YYYY-MM), e.g. when the wages stopped. */
  since: z
    .string({ message: '请选择开始时间' })
    .regex(yearMonth, { message: '请选择开始时间（年月）' }),
  helpWanted: z.enum(HELP_KINDS, { message: '请选择需要的帮助' }),
  contactPhone: z.string({ message: '请填写联系电话' }).trim().regex(phonePattern, { message: '请填写正确的手机号或座机号（如 0574-65512345）' }),
  /** 经济困难 self-declaration: free representation depends on it. */
  hardship: z.boolean({ message: '经济困难选项格式不正确' }).default(false),
  hardshipNote: z.string({ message: '困难情况格式不正确' }).trim().max(500, { message: '困难情况不能超过 500 个字' }).default(''),
  evidenceIds: z
    .array(z.uuid({ message: '证据文件格式不正确' }), { message: '证据文件格式不正确' })
    .max(MAX_EVIDENCE_FILES, { message: `证据材料最多 ${MAX_EVIDENCE_FILES} 个文件` })
    .default([]),
  /** The version of LEGAL_CONSENT_TEXT agreed to; the current one is required. */
  consentVersion: z.literal(LEGAL_CONSENT_VERSION, { message: '请阅读并同意法律援助个人信息处理规则' })
})
const hardshipFields = legalAidFields.pick({ hardship: true, hardshipNote: true })

export const legalAidSubmitSchema = legalAidFields.refine((v) => !v.hardship || v.hardshipNote.length >= 4, {
  path: ['hardshipNote'],
  message: '请简要说明经济困难情况（如低保、困难职工证、停工无收入）',
  // Checked even when other fields are wrong, so the form shows every message at once.
  when: (payload) => hardshipFields.safeParse(payload.value).success
})
export type LegalAidSubmitInput = z.input<typeof legalAidSubmitSchema>
export type LegalAidSubmit = z.output<typeof legalAidSubmitSchema>

const time = (message: string) => z.string({ message }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message })

/** A weekly duty slot (值班表). */
export const dutySlotSchema = z
  .object({
    weekday: z.number({ message: '请选择星期' }).int({ message: '请选择星期' }).min(1, { message: '请选择星期' }).max(7, { message: '请选择星期' }),
    startTime: time('请填写开始时间（如 09:00）'),
    endTime: time('请填写结束时间（如 11:30）'),
    lawyerId: z.uuid({ message: '请选择值班律师' }),
    mode: z.enum(APPOINTMENT_MODES, { message: '请选择面谈或电话' }),
    place: text('地点或电话', 2, 100)
  })
  .refine((v) => v.startTime < v.endTime, { path: ['endTime'], message: '结束时间须晚于开始时间' })
export type DutySlotInput = z.input<typeof dutySlotSchema>

export const bookAppointmentSchema = z.object({
  clientRequestId,
  ticketId: z.uuid({ message: '请选择要咨询的法律援助申请' }),
  slotId: z.uuid({ message: '请选择值班时段' }),
  day: z.string({ message: '请选择日期' }).refine(isCalendarDate, { message: '请选择日期' })
})
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>

export const cancelAppointmentSchema = z.object({
  reason: text('取消原因', 2, 200)
})

export const stationQuerySchema = z.object({
  lat: z.coerce.number({ message: '位置参数无效' }).min(-90, { message: '位置参数无效' }).max(90, { message: '位置参数无效' }).optional(),
  lng: z.coerce.number({ message: '位置参数无效' }).min(-180, { message: '位置参数无效' }).max(180, { message: '位置参数无效' }).optional()
})

export const caseListQuerySchema = z.object({
  scope: z.enum(['mine', 'station'], { message: '范围参数无效' }).default('mine'),
  open: z.enum(['true', 'false'], { message: '状态参数无效' }).default('true'),
  cursor: z.string().max(200, { message: '分页参数无效' }).optional()
})

export const statsQuerySchema = z.object({
  unionId: z.uuid({ message: '请选择工会' }),
  from: z.string().refine(isCalendarDate, { message: '开始日期格式不正确' }).optional(),
  to: z.string().refine(isCalendarDate, { message: '结束日期格式不正确' }).optional()
})
