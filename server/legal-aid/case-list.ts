// A lawyer's cases: their own, or every case of the stations they work at.
import type { Page } from '../../types/api'
import type { LegalCaseListItem } from '../../types/api-legal-aid'
import type { CaseStage, CaseType } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'
import { decodeCursor, encodeCursor } from '../http/keyset-cursor'
import { SUMMARY_FROM, SUMMARY_SELECT, type TicketSummaryRow } from '../tickets/ticket-repo'
import { toSummary } from '../tickets/ticket-view'
import { listCaseAppointments } from './appointment-repo'
import { toAppointment } from './case-view'

type Row = TicketSummaryRow & { case_type: CaseType; stage: CaseStage; lawyer_id: string | null; lawyer_name: string | null; cursor_ts: string }

export async function listLawyerCases(
  db: Queryable,
  userId: string,
  q: { scope: 'mine' | 'station'; open: boolean; cursor?: string },
  limit: number,
  now: Date
): Promise<Page<LegalCaseListItem>> {
  const c = decodeCursor(q.cursor)
  const { rows } = await db.query<Row>(
    `SELECT ${SUMMARY_SELECT}, lc.case_type, lc.stage, lc.lawyer_id, lu.display_name AS lawyer_name,
            to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts
     FROM ${SUMMARY_FROM}
     JOIN legal_cases lc ON lc.ticket_id = t.id
     LEFT JOIN users lu ON lu.id = lc.lawyer_id
     WHERE EXISTS (SELECT 1 FROM station_lawyers sl WHERE sl.station_id = lc.station_id AND sl.user_id = $1 AND sl.active)
       AND ($2 = 'station' OR lc.lawyer_id = $1)
       AND ((lc.stage <> 'closed' AND t.status NOT IN ('refused', 'withdrawn')) = $3)
       AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < ($4, $5::uuid))
     ORDER BY t.created_at DESC, t.id DESC LIMIT $6`,
    [userId, q.scope, q.open, c?.key ?? null, c?.id ?? null, limit + 1]
  )
  const page = rows.slice(0, limit)
  const items: LegalCaseListItem[] = []
  for (const r of page) {
    const next = (await listCaseAppointments(db, r.id, now)).filter((a) => a.upcoming).at(-1)
    items.push({ ...toSummary(r, now, true), caseType: r.case_type, stage: r.stage, lawyerName: r.lawyer_name, nextAppointment: next ? toAppointment(next, r.lawyer_id === userId || next.lawyer_id === userId) : null })
  }
  const last = page[page.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_ts, last.id) : null }
}
