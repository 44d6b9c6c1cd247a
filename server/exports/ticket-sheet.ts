// The 诉求台账 sheet: one row per ticket the inbox shows, in the inbox's order.
import { DUE_LIGHT_LABELS, GRIEVANCE_CATEGORY_LABELS, TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../../types/enums'
import type { InboxExportRow } from '../workbench/inbox-rows'
import type { Cell, XlsxColumn } from '../xlsx/xlsx-stream'
import { deadlineDay, shanghaiDateTime, yesNo } from './format'
import { exportPhone } from './masking'

export const TICKET_COLUMNS: readonly XlsxColumn[] = [
  { header: '编号', width: 18 }, { header: '类型', width: 10 }, { header: '类别', width: 10 }, { header: '标题', width: 30 },
  { header: '状态', width: 10 }, { header: '承办工会', width: 24 }, { header: '提交时间', width: 17 }, { header: '签收期限', width: 12 },
  { header: '答复期限', width: 12 }, { header: '签收时间', width: 17 }, { header: '答复时间', width: 17 }, { header: '办结时间', width: 17 },
  { header: '期限状态', width: 10 }, { header: '督办', width: 6 }, { header: '不合理诉求', width: 10 },
  { header: '评价(速度/态度/结果)', width: 20 }, { header: '职工', width: 10 }, { header: '联系电话', width: 15 }
]

const rating = (r: InboxExportRow): Cell =>
  r.ratingSpeed === null && r.ratingAttitude === null && r.ratingResult === null
    ? null
    : [r.ratingSpeed, r.ratingAttitude, r.ratingResult].map((x) => x ?? '-').join('/')

export function ticketRow(r: InboxExportRow, full: boolean): Cell[] {
  return [
    r.number,
    TICKET_KIND_LABELS[r.kind],
    r.category ? GRIEVANCE_CATEGORY_LABELS[r.category] : null,
    r.title,
    TICKET_STATUS_LABELS[r.status],
    r.currentUnionName,
    shanghaiDateTime(r.createdAt),
    deadlineDay(r.ackDueAt),
    deadlineDay(r.answerDueAt),
    shanghaiDateTime(r.acknowledgedAt),
    shanghaiDateTime(r.answeredAt),
    shanghaiDateTime(r.closedAt),
    r.dueLight ? DUE_LIGHT_LABELS[r.dueLight] : null,
    yesNo(r.supervised),
    yesNo(r.unreasonable),
    rating(r),
    r.requesterName ?? '（保密）',
    exportPhone(r.contactPhone, full)
  ]
}
