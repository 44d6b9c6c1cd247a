import type { Supervision } from '../../types/api'
import type { SupervisionReason } from '../../types/enums'
import type { Queryable } from '../db/pool'

/** Raises a 督办 unless one with the same key exists; true when this call raised it. */
export async function raiseSupervision(
  db: Queryable,
  s: { ticketId: string; unionId: string; handlingUnionId: string; reason: SupervisionReason; triggerKey: string }
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO supervisions (ticket_id, union_id, handling_union_id, reason, trigger_key)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (ticket_id, trigger_key) DO NOTHING`,
    [s.ticketId, s.unionId, s.handlingUnionId, s.reason, s.triggerKey]
  )
  return (rowCount ?? 0) > 0
}

/** Closes open 督办 on a ticket; `reasons` limits which (签收 settles only the acknowledgement one). */
export async function resolveSupervisions(db: Queryable, ticketId: string, reasons?: SupervisionReason[]): Promise<void> {
  await db.query(
    `UPDATE supervisions SET resolved_at = now()
     WHERE ticket_id = $1 AND resolved_at IS NULL AND ($2::text[] IS NULL OR reason = ANY($2::text[]))`,
    [ticketId, reasons ?? null]
  )
}

interface SupervisionRow {
  id: string
  reason: SupervisionReason
  union_id: string
  union_name: string
  handling_union_id: string
  handling_union_name: string
  created_at: Date
  resolved_at: Date | null
}

export async function listSupervisions(db: Queryable, ticketId: string): Promise<Supervision[]> {
  const { rows } = await db.query<SupervisionRow>(
    `SELECT s.id, s.reason, s.union_id, u.name AS union_name, s.handling_union_id, h.name AS handling_union_name,
            s.created_at, s.resolved_at
     FROM supervisions s JOIN unions u ON u.id = s.union_id JOIN unions h ON h.id = s.handling_union_id
     WHERE s.ticket_id = $1 ORDER BY s.created_at`,
    [ticketId]
  )
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    union: { id: r.union_id, name: r.union_name },
    handlingUnion: { id: r.handling_union_id, name: r.handling_union_name },
    createdAt: r.created_at.toISOString(),
    resolvedAt: r.resolved_at?.toISOString() ?? null
  }))
}
