// Payloads of the workflow's admin endpoints: 常用回复, deadline policy, holiday overrides,
// subscribe-message consent.
import { z } from 'zod'
import { CALENDAR_DAY_KINDS, TICKET_KINDS } from '../enums'

export const cannedReplySchema = z.object({
  unionId: z.uuid({ message: '请选择工会' }),
  title: z.string({ message: '请填写标题' }).trim().min(1, { message: '请填写标题' }).max(20, { message: '标题不能超过 20 个字' }),
  body: z.string({ message: '请填写回复内容' }).trim().min(1, { message: '请填写回复内容' }).max(1000, { message: '回复内容不能超过 1000 个字' })
})
export type CannedReplyInput = z.input<typeof cannedReplySchema>

const days = (label: string, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int({ message: `${label}须为整数` })
    .min(1, { message: `${label}至少 1 个工作日` })
    .max(max, { message: `${label}最多 ${max} 个工作日` })

export const deadlinePolicySchema = z.object({
  kind: z.enum(TICKET_KINDS, { message: '请选择业务类型' }),
  urgent: z.boolean({ message: '请选择是否紧急' }),
  ackDays: days('签收时限', 5),
  answerDays: days('答复时限', 30)
})
export type DeadlinePolicyInput = z.input<typeof deadlinePolicySchema>

export const calendarOverrideSchema = z.object({
  date: z
    .string({ message: '请选择日期' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2027-01-01' })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
      message: '没有这一天，请检查日期'
    }),
  kind: z.enum(CALENDAR_DAY_KINDS, { message: '请选择放假或调休上班' }),
  note: z.string({ message: '请填写依据' }).trim().min(1, { message: '请填写依据（如国务院办公厅通知文号）' }).max(100, { message: '依据不能超过 100 个字' })
})
export type CalendarOverrideInput = z.input<typeof calendarOverrideSchema>

/** What wx.requestSubscribeMessage answered, per template id. */
export const subscribeResultSchema = z.object({
  results: z
    .record(
      z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: '模板编号格式不正确' }),
      z.enum(['accept', 'reject', 'ban', 'filter'], { message: '订阅结果格式不正确' }),
      { message: '订阅结果格式不正确' }
    )
    .refine((r) => Object.keys(r).length <= 3, { message: '一次最多订阅 3 个模板' })
})
export type SubscribeResultInput = z.input<typeof subscribeResultSchema>
