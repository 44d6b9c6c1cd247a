import type { Extension } from '../../types/api'
import type { ExtensionStatus } from '../../types/enums'
import type { Queryable } from '../db/pool'

interface ExtensionRow {
  id: string
  days: number
  reason: string
  status: ExtensionStatus
  union_name: string
  created_at: Date
  decided_at: Date | null
}

export async function pendingExtension(db: Queryable, ticketId: string): Promise<{ id: string; days: number } | undefined> {
  const { rows } = await db.query<{ id: string; days: number }>(
    "SELECT id, days FROM ticket_extensions WHERE ticket_id = $1 AND status = 'pending'",
    [ticketId]
  )
  return rows[0]
}

/** The pending request, else the latest decided one. */
export async function latestExtension(db: Queryable, ticketId: string): Promise<Extension | null> {
  const { rows } = await db.query<ExtensionRow>(
    `SELECT e.id, e.days, e.reason, e.status, un.name AS union_name, e.created_at, e.decided_at
     FROM ticket_extensions e JOIN unions un ON un.id = e.union_id
     WHERE e.ticket_id = $1 ORDER BY (e.status = 'pending') DESC, e.created_at DESC LIMIT 1`,
    [ticketId]
  )
  const r = rows[0]
  if (!r) return null
  return {
    id: r.id,
    days: r.days,
    reason: r.reason,
    status: r.status,
    unionName: r.union_name,
    requestedAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null
  }
}

export async function insertExtension(db: Queryable, e: { ticketId: string; unionId: string; userId: string; days: number; reason: string }): Promise<void> {
  await db.query(
    'INSERT INTO ticket_extensions (ticket_id, union_id, requested_by, days, reason) VALUES ($1, $2, $3, $4, $5)',
    [e.ticketId, e.unionId, e.userId, e.days, e.reason]
  )
}

export async function decideExtension(db: Queryable, id: string, status: 'approved' | 'denied', userId: string): Promise<void> {
  await db.query(
    "UPDATE ticket_extensions SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1 AND status = 'pending'",
    [id, status, userId]
  )
}

/** A request nobody decided before the ticket moved on is void. */
export async function lapseExtensions(db: Queryable, ticketId: string): Promise<void> {
  await db.query("UPDATE ticket_extensions SET status = 'lapsed', decided_at = now() WHERE ticket_id = $1 AND status = 'pending'", [ticketId])
}
