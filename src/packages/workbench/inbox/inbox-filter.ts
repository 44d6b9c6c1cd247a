// The inbox's narrowing filters beyond 待办/督办/全部 and the sort: what the filter sheet and the
// search box set, how they become the fetchInbox query, and the removable chips showing them.
import type { UnionRef } from '../../../../types/api'
import {
  DUE_LIGHT_LABELS,
  GRIEVANCE_CATEGORY_LABELS,
  TICKET_KIND_LABELS,
  TICKET_STATUS_LABELS,
  type DueLight,
  type GrievanceCategory,
  type TicketStatus
} from '../../../../types/enums'
import { inboxFilterSchema } from '../../../../types/schemas/workbench'
import type { InboxQuery } from '../../../services/tickets'
import { formatDate } from '../../../utils/date'

export type InboxKind = 'grievance' | 'legal_aid'

export interface InboxFilters {
  union: UnionRef | null
  kind: InboxKind | null
  /** A single status, instead of what 待办/督办/全部 asks for. */
  status: TicketStatus | null
  light: DueLight | null
  category: GrievanceCategory | null
  from: string
  to: string
  q: string
}

export type FilterKey = keyof InboxFilters

export const NO_FILTERS: InboxFilters = { union: null, kind: null, status: null, light: null, category: null, from: '', to: '', q: '' }

/** `base` (the chip and the sort) narrowed by the filters; unset fields are left out. */
export function inboxQuery(base: InboxQuery, f: InboxFilters): InboxQuery {
  const q: InboxQuery = { ...base }
  if (f.union) q.unionId = f.union.id
  if (f.kind) q.kind = f.kind
  if (f.status) q.status = f.status
  if (f.light) q.light = f.light
  if (f.category) q.category = f.category
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.q.trim()) q.q = f.q.trim()
  return q
}

/** The shared schema's Chinese message for a date range or search the server would refuse. */
export function filterProblem(f: Pick<InboxFilters, 'from' | 'to' | 'q'>): string {
  const parsed = inboxFilterSchema.safeParse({ from: f.from || undefined, to: f.to || undefined, q: f.q || undefined })
  return parsed.success ? '' : (parsed.error.issues[0]?.message ?? '筛选条件无效')
}

function rangeText(from: string, to: string): string {
  if (from && to) return `${formatDate(from)} 至 ${formatDate(to)}`
  return from ? `${formatDate(from)} 起` : `${formatDate(to)} 前`
}

/** One chip per filter in use, with what removing it leaves. */
export function activeChips(f: InboxFilters): Array<{ key: FilterKey; label: string; without: InboxFilters }> {
  const chips: Array<{ key: FilterKey; label: string; without: InboxFilters }> = []
  const add = (key: FilterKey, label: string, without: Partial<InboxFilters>) => chips.push({ key, label, without: { ...f, ...without } })
  if (f.union) add('union', f.union.name, { union: null })
  if (f.kind) add('kind', TICKET_KIND_LABELS[f.kind], { kind: null })
  if (f.status) add('status', TICKET_STATUS_LABELS[f.status], { status: null })
  if (f.light) add('light', DUE_LIGHT_LABELS[f.light], { light: null })
  if (f.category) add('category', GRIEVANCE_CATEGORY_LABELS[f.category], { category: null })
  if (f.from || f.to) add('from', rangeText(f.from, f.to), { from: '', to: '' })
  if (f.q.trim()) add('q', `搜索“${f.q.trim()}”`, { q: '' })
  return chips
}
