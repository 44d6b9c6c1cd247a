import type { Queryable } from '../db/pool'
import type { UploadMime } from './sniff'

export interface AttachmentRow {
  id: string
  owner_id: string
  ticket_id: string | null
  /** The 补充材料 event the photo came with; null for photos sent with the request. */
  event_id: string | null
  storage_key: string
  mime: UploadMime
  size: number
}

export async function insertAttachment(
  db: Queryable,
  a: { id: string; ownerId: string; storageKey: string; mime: UploadMime; size: number; sha256: string }
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
/** What a 职工说事 ticket takes (photos); a legal-aid case also takes PDF evidence. */
export const PHOTO_MIMES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']
export const EVIDENCE_MIMES: readonly string[] = [...PHOTO_MIMES, 'application/pdf']

export async function attachToTicket(db: Queryable, ticketId: string, ownerId: string, ids: string[], mimes = PHOTO_MIMES): Promise<number> {
  if (ids.length === 0) return 0
  const { rowCount } = await db.query(
    `UPDATE attachments SET ticket_id = $1
     WHERE id = ANY($2::uuid[]) AND owner_id = $3 AND ticket_id IS NULL AND mime = ANY($4::text[])`,
    [ticketId, ids, ownerId, mimes]
  )
  return rowCount ?? 0
}

/** Claim the requester's unattached uploads for a ticket event (补充材料); returns how many. */
export async function attachToEvent(db: Queryable, ticketId: string, eventId: string, ownerId: string, ids: string[], mimes = PHOTO_MIMES): Promise<number> {
  if (ids.length === 0) return 0
  const { rowCount } = await db.query(
    `UPDATE attachments SET ticket_id = $1, event_id = $2
     WHERE id = ANY($3::uuid[]) AND owner_id = $4 AND ticket_id IS NULL AND mime = ANY($5::text[])`,
    [ticketId, eventId, ids, ownerId, mimes]
  )
  return rowCount ?? 0
}
