// Query strings of the workbench: the inbox filter (also what a 台账 export contains), the
// dashboard range. One schema each drives the server's validation and the app's types.
import { z } from 'zod'
import { DUE_LIGHTS, GRIEVANCE_CATEGORIES, TICKET_KINDS, TICKET_STATUSES } from '../enums'

const DATE = /^\d{4}-\d\d-\d\d$/

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const shanghaiDate = (label: string) =>
  z
    .string({ message: `${label}格式应为 YYYY-MM-DD` })
    .regex(DATE, { message: `${label}格式应为 YYYY-MM-DD` })
    .refine(isRealDate, { message: `${label}不是有效日期` })

/** The longest range the dashboard and filters accept (about ten years). */
export const MAX_RANGE_DAYS = 3660

function rangeOk(v: { from?: string; to?: string }): boolean {
  return !v.from || !v.to || v.from <= v.to
}

function rangeNotTooLong(v: { from?: string; to?: string }): boolean {
  if (!v.from || !v.to) return true
  return (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= MAX_RANGE_DAYS
}

/** GET /api/workbench/tickets and GET /api/workbench/exports/tickets.xlsx. Every field is optional. */
export const inboxFilterSchema = z
  .object({
    /** Root of the subtree to list; must be one of the cadre's unions or below one. Default: all of them. */
    unionId: z.uuid({ message: '工会参数无效' }).optional(),
    kind: z.enum(TICKET_KINDS.filter((k) => k !== 'childcare') as ['grievance', 'legal_aid'], { message: '类型筛选无效' }).optional(),
    status: z.enum([...TICKET_STATUSES, 'open', 'all'], { message: '状态筛选无效' }).default('open'),
    light: z.enum(DUE_LIGHTS, { message: '期限筛选无效' }).optional(),
    category: z.enum(GRIEVANCE_CATEGORIES, { message: '类别筛选无效' }).optional(),
    /** Submitted on or after / on or before these Shanghai dates. */
    from: shanghaiDate('开始日期').optional(),
    to: shanghaiDate('结束日期').optional(),
    /** Part of the ticket number or of the title. */
    q: z
      .string()
      .trim()
      .max(40, { message: '搜索内容不能超过 40 个字' })
      .optional()
      .transform((s) => (s ? s : undefined)),
    supervised: z.enum(['true', 'false'], { message: '督办筛选无效' }).default('false').transform((s) => s === 'true'),
    sort: z.enum(['created', 'due'], { message: '排序方式无效' }).default('created')
  })
  .refine(rangeOk, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine(rangeNotTooLong, { message: '日期范围不能超过 10 年', path: ['from'] })

export type InboxFilterQuery = z.input<typeof inboxFilterSchema>
export type InboxFilter = z.output<typeof inboxFilterSchema>

/** GET /api/workbench/dashboard. Default range: the last 30 days through today. */
export const dashboardQuerySchema = z
  .object({
    unionId: z.uuid({ message: '工会参数无效' }).optional(),
    from: shanghaiDate('开始日期').optional(),
    to: shanghaiDate('结束日期').optional()
  })
  .refine(rangeOk, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine(rangeNotTooLong, { message: '日期范围不能超过 10 年', path: ['from'] })

export type DashboardQuery = z.input<typeof dashboardQuerySchema>
