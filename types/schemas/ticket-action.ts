import { z } from 'zod'
import { REFUSE_REASONS, RETURN_REASONS, type TicketAction } from '../enums'
import { CASE_OUTCOMES, CASE_STAGES } from '../legal-aid'
import { yuan } from './money'

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` })

const optionalText = (label: string, max: number) =>
  z.string({ message: `${label}格式不正确` }).trim().max(max, { message: `${label}不能超过 ${max} 个字` }).default('')

const idempotency = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' })
  .optional()

const score = (label: string) =>
  z
    .number({ message: `请为${label}打分` })
    .int({ message: `${label}评分须为 1–5 的整数` })
    .min(1, { message: `${label}评分须为 1–5 分` })
    .max(5, { message: `${label}评分须为 1–5 分` })

const unionId = (label: string) => z.uuid({ message: `请选择${label}` })

export const MAX_SUPPLEMENT_PHOTOS = 6
export const MAX_EXTENSION_DAYS = 10

/** One body schema per action: what the person must say when taking it. */
export const ticketActionSchemas = {
  acknowledge: z.object({ clientRequestId: idempotency }),
  dispatch: z.object({ clientRequestId: idempotency, unionId: unionId('承办工会'), body: optionalText('派单说明', 500) }),
  return: z.object({
    clientRequestId: idempotency,
    reasonCode: z.enum(RETURN_REASONS, { message: '请选择退单原因' }),
    body: text('退单说明', 500)
  }),
  transfer: z.object({ clientRequestId: idempotency, unionId: unionId('转办工会'), body: text('转办原因', 500) }),
  request_info: z.object({ clientRequestId: idempotency, body: text('需要补充的材料', 1000) }),
  supplement: z.object({
    clientRequestId: idempotency,
    body: text('补充说明', 2000),
    attachmentIds: z
      .array(z.uuid({ message: '照片格式不正确' }), { message: '照片格式不正确' })
      .max(MAX_SUPPLEMENT_PHOTOS, { message: `照片最多 ${MAX_SUPPLEMENT_PHOTOS} 张` })
      .default([])
  }),
  reply: z.object({ clientRequestId: idempotency, body: text('回复内容', 2000) }),
  answer: z.object({ clientRequestId: idempotency, body: text('答复内容', 2000) }),
  confirm: z.object({
    clientRequestId: idempotency,
    speed: score('办理速度'),
    attitude: score('服务态度'),
    result: score('办理结果'),
    comment: optionalText('评价', 500)
  }),
  reject: z.object({ clientRequestId: idempotency, body: text('未解决的原因', 500) }),
  auto_confirm: z.object({ clientRequestId: idempotency }),
  refuse: z.object({
    clientRequestId: idempotency,
    reasonCode: z.enum(REFUSE_REASONS, { message: '请选择不予受理的原因' }),
    body: optionalText('说明', 500)
  }),
  withdraw: z.object({ clientRequestId: idempotency, body: optionalText('撤回原因', 500) }),
  request_extension: z.object({
    clientRequestId: idempotency,
    days: z
      .number({ message: '请填写延期天数' })
      .int({ message: '延期天数须为整数' })
      .min(1, { message: '延期至少 1 个工作日' })
      .max(MAX_EXTENSION_DAYS, { message: `延期最多 ${MAX_EXTENSION_DAYS} 个工作日` }),
    body: text('延期理由', 500)
  }),
  approve_extension: z.object({ clientRequestId: idempotency, body: optionalText('审批意见', 500) }),
  deny_extension: z.object({ clientRequestId: idempotency, body: text('不同意的理由', 500) }),
  mark_unreasonable: z.object({ clientRequestId: idempotency, body: text('认定理由', 500) }),
  note: z.object({ clientRequestId: idempotency, body: text('备注内容', 2000) }),
  assign_lawyer: z.object({ clientRequestId: idempotency, lawyerId: z.uuid({ message: '请选择承办律师' }), body: optionalText('指派说明', 500) }),
  advance_stage: z.object({
    clientRequestId: idempotency,
    stage: z.enum(CASE_STAGES, { message: '请选择下一办案阶段' }),
    body: text('阶段说明', 2000),
    // The amount recovered is a closing figure; a stage change must not carry one.
    amountRecovered: z.undefined({ message: '追回金额在结案时填写' }).optional()
  }),
  close_case: z.object({
    clientRequestId: idempotency,
    outcome: z.enum(CASE_OUTCOMES, { message: '请选择结案方式' }),
    amountRecovered: yuan('追回金额'),
    body: text('结案说明', 2000)
  })
} satisfies Record<TicketAction, z.ZodType>

export type TicketActionInput<A extends TicketAction> = z.input<(typeof ticketActionSchemas)[A]>
export type TicketActionBody<A extends TicketAction> = z.output<(typeof ticketActionSchemas)[A]>
