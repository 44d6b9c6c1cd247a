// The 法律援助案件台账 sheet: one row per case, newest first.
import { TICKET_STATUS_LABELS } from '../../types/enums'
import { CASE_OUTCOME_LABELS, CASE_STAGE_LABELS, CASE_TYPE_LABELS } from '../../types/legal-aid'
import type { Cell, XlsxColumn } from '../xlsx/xlsx-stream'
import { shanghaiDateTime, yuan } from './format'
import type { LegalCaseRow } from './legal-case-rows'
import { exportPhone } from './masking'

export const LEGAL_CASE_COLUMNS: readonly XlsxColumn[] = [
  { header: '编号', width: 18 }, { header: '提交时间', width: 17 }, { header: '案件类型', width: 12 }, { header: '阶段', width: 8 },
  { header: '状态', width: 10 }, { header: '承办律师', width: 10 }, { header: '法律援助站', width: 28 }, { header: '结案方式', width: 14 },
  { header: '结案时间', width: 17 }, { header: '挽回金额(元)', width: 14 }, { header: '申请人', width: 10 }, { header: '联系电话', width: 15 }
]

export function legalCaseRow(r: LegalCaseRow, full: boolean): Cell[] {
  return [
    r.number,
    shanghaiDateTime(r.createdAt),
    CASE_TYPE_LABELS[r.caseType],
    CASE_STAGE_LABELS[r.stage],
    TICKET_STATUS_LABELS[r.status],
    r.lawyerName,
    r.stationName,
    r.outcome ? CASE_OUTCOME_LABELS[r.outcome] : null,
    shanghaiDateTime(r.closedAt),
    yuan(r.amountRecoveredFen),
    r.requesterName ?? '（保密）',
    exportPhone(r.contactPhone, full)
  ]
}
