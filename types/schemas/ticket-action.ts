import { z } from 'zod'
import type { TicketAction } from '../enums'

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` })

const idempotency = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' })
  .optional()

/** One body schema per action: what the person must say when taking it. */
export const ticketActionSchemas = {
  accept: z.object({ clientRequestId: idempotency }),
  reply: z.object({ clientRequestId: idempotency, body: text('回复内容', 2000) }),
  note: z.object({ clientRequestId: idempotency, body: text('备注内容', 2000) }),
  resolve: z.object({ clientRequestId: idempotency, body: text('办理结果', 2000) }),
  confirm: z.object({
    clientRequestId: idempotency,
    rating: z
      .number({ message: '请为办理结果打分' })
      .int({ message: '评分须为 1–5 的整数' })
      .min(1, { message: '评分须为 1–5 分' })
      .max(5, { message: '评分须为 1–5 分' }),
    comment: z.string().trim().max(500, { message: '评价不能超过 500 个字' }).default('')
  }),
  reject: z.object({ clientRequestId: idempotency, body: text('未解决的原因', 500) }),
  withdraw: z.object({
    clientRequestId: idempotency,
    body: z.string().trim().max(500, { message: '撤回原因不能超过 500 个字' }).default('')
  })
} satisfies Record<TicketAction, z.ZodType>

export type TicketActionInput<A extends TicketAction> = z.input<(typeof ticketActionSchemas)[A]>
export type TicketActionBody<A extends TicketAction> = z.output<(typeof ticketActionSchemas)[A]>
