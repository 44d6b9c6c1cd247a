import type { Queryable } from '../db/pool'
import type { ImageMime } from './sniff'

export interface AttachmentRow {
  id: string
  owner_id: string
  ticket_id: string | null
  /** The 补充材料 event the photo came with; null for photos sent with the request. */
  event_id: string | null
  storage_key: string
  mime: ImageMime
  size: number
}

export async function insertAttachment(
  db: Queryable,
  a: { id: string; ownerId: string; storageKey: string; mime: ImageMime; size: number; sha256: string }
): Promise<void> {
  await db.query(
    'INSERT INTO attachments (id, owner_id, storage_key, mime, size, sha256) VALUES ($1, $2, $3, $4, $5, $6)',
    [a.id, a.ownerId, a.storageKey, a.mime, a.size, a.sha256]
  )
}

export async function findAttachment(db: Queryable, id: string): Promise<AttachmentRow | undefined> {
  const { rows } = await db.query<AttachmentRow>(
    'SELECT id, owner_id, ticket_id, event_id::text, storage_key, mime, size FROM attachments WHERE id = $1',
    [id]
  )
  return rows[0]
}

export async function listTicketAttachments(db: Queryable, ticketId: string): Promise<AttachmentRow[]> {
  const { rows } = await db.query<AttachmentRow>(
    'SELECT id, owner_id, ticket_id, event_id::text, storage_key, mime, size FROM attachments WHERE ticket_id = $1 ORDER BY created_at, id',
    [ticketId]
  )
  return rows
}

/** Claim the requester's own, still unattached uploads for a ticket; returns how many were claimed. */
export async function attachToTicket(db: Queryable, ticketId: string, ownerId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0
  const { rowCount } = await db.query(
    `UPDATE attachments SET ticket_id = $1
     WHERE id = ANY($2::uuid[]) AND owner_id = $3 AND ticket_id IS NULL`,
    [ticketId, ids, ownerId]
  )
  return rowCount ?? 0
}

/** Claim the requester's unattached uploads for a ticket event (补充材料); returns how many. */
export async function attachToEvent(db: Queryable, ticketId: string, eventId: string, ownerId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0
  const { rowCount } = await db.query(
    `UPDATE attachments SET ticket_id = $1, event_id = $2
     WHERE id = ANY($3::uuid[]) AND owner_id = $4 AND ticket_id IS NULL`,
    [ticketId, eventId, ids, ownerId]
  )
  return rowCount ?? 0
}
