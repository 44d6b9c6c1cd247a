// The 法律援助 case ledger: every case of the stations run by the unions the cadre serves
// themselves (a case is sensitive: unions above the station neither list nor export it), read
// in keyset batches so a long history never sits in memory at once.
import type { TicketStatus } from '../../types/enums'
import type { CaseOutcome, CaseStage, CaseType } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'
import type { KeysetCursor } from '../http/keyset-cursor'
import { insidePath, type InboxScope } from '../workbench/inbox-scope'

export interface LegalCaseRow {
  id: string
  number: string
  createdAt: Date
  status: TicketStatus
  caseType: CaseType
  stage: CaseStage
  lawyerName: string | null
  stationName: string
  outcome: CaseOutcome | null
  amountRecoveredFen: number | null
  closedAt: Date | null
  /** Null where the cadre may not know who asked (the hidesIdentity rule). */
  requesterName: string | null
  contactPhone: string | null
}

interface Row {
  id: string
  number: string
  created_at: Date
  status: TicketStatus
  case_type: CaseType
  stage: CaseStage
  lawyer_name: string | null
  station_name: string
  outcome: CaseOutcome | null
  amount_recovered_fen: number | null
  closed_at: Date | null
  requester_name: string
  contact_phone: string
  confidential: boolean
  requester_employer_union_id: string | null
  cursor_ts: string
}

/** The unions whose stations' cases this export covers: the cadre's own, inside the picked subtree. */
export function caseUnionIds(scope: InboxScope): string[] {
  return scope.own.filter((u) => scope.roots.some((r) => insidePath(u.path, r.path))).map((u) => u.id)
}

function hidden(scope: InboxScope, r: Row): boolean {
  if (!r.confidential) return false
  if (scope.own.some((u) => u.id === r.requester_employer_union_id)) return true
  return scope.own.length > 0 && scope.own.every((u) => u.level === 'enterprise')
}

/** Newest first; `fromAt`/`toAt` bound the submission time (either may be null). */
export async function* legalCaseRows(
  db: Queryable,
  scope: InboxScope,
  range: { fromAt: Date | null; toAt: Date | null },
  batch = 1000
): AsyncGenerator<LegalCaseRow, void, undefined> {
  const unionIds = caseUnionIds(scope)
  if (unionIds.length === 0) return
  let cursor: KeysetCursor | undefined
  for (;;) {
    const after: [string | null, string | null] = cursor ? [cursor.key, cursor.id] : [null, null]
    const { rows } = await db.query<Row>(
      `SELECT t.id, t.number, t.created_at, t.status, lc.case_type, lc.stage, lu.display_name AS lawyer_name,
              s.name AS station_name, lc.outcome, lc.amount_recovered_fen, lc.closed_at,
              u.display_name AS requester_name, t.contact_phone, t.confidential, u.employer_union_id AS requester_employer_union_id,
              to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts
       FROM legal_stations s JOIN legal_cases lc ON lc.station_id = s.id
       JOIN tickets t ON t.id = lc.ticket_id JOIN users u ON u.id = t.requester_id
       LEFT JOIN users lu ON lu.id = lc.lawyer_id
       WHERE s.union_id = ANY($1::uuid[])
         AND ($2::timestamptz IS NULL OR t.created_at >= $2) AND ($3::timestamptz IS NULL OR t.created_at < $3)
         AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < ($4, $5::uuid))
       ORDER BY t.created_at DESC, t.id DESC LIMIT $6`,
      [unionIds, range.fromAt, range.toAt, ...after, batch]
    )
    for (const r of rows) {
      const hide = hidden(scope, r)
      yield {
        id: r.id,
        number: r.number,
        createdAt: r.created_at,
        status: r.status,
        caseType: r.case_type,
        stage: r.stage,
        lawyerName: r.lawyer_name,
        stationName: r.station_name,
        outcome: r.outcome,
        amountRecoveredFen: r.amount_recovered_fen,
        closedAt: r.closed_at,
        requesterName: hide ? null : r.requester_name,
        contactPhone: hide ? null : r.contact_phone
      }
    }
    const last: Row | undefined = rows[rows.length - 1]
    if (rows.length < batch || !last) return
    cursor = { key: last.cursor_ts, id: last.id }
  }
}
