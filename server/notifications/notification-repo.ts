import type { Notification, Page } from '../../types/api'
import type { TicketKind } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { decodeCursor, encodeCursor } from '../http/keyset-cursor'

export interface NewNotification {
  ticketId: string | null
  title: string
  body: string
  /** Makes a repeatable notice (the job's 临期 reminder) land once per user. */
  dedupeKey?: string
}

export async function insertNotifications(db: Queryable, userIds: readonly string[], n: NewNotification): Promise<string[]> {
  if (userIds.length === 0) return []
  const { rows } = await db.query<{ user_id: string }>(
    `INSERT INTO notifications (user_id, ticket_id, title, body, dedupe_key)
     SELECT u, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS u
     ON CONFLICT (user_id, dedupe_key) DO NOTHING
     RETURNING user_id`,
    [[...new Set(userIds)], n.ticketId, n.title, n.body, n.dedupeKey ?? null]
  )
  return rows.map((r) => r.user_id)
}

/** Cadres of one union: who hears about its work. */
export async function cadresOf(db: Queryable, unionId: string): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>('SELECT user_id FROM union_cadres WHERE union_id = $1', [unionId])
  return rows.map((r) => r.user_id)
}

interface Row {
  id: string
  ticket_id: string | null
  ticket_kind: TicketKind | null
  title: string
  body: string
  created_at: Date
  read_at: Date | null
  cursor_ts: string
}

export async function listNotifications(db: Queryable, userId: string, cursor: string | undefined, limit: number): Promise<Page<Notification>> {
  const after = decodeCursor(cursor)
  const { rows } = await db.query<Row>(
    `SELECT n.id, n.ticket_id, t.kind AS ticket_kind, n.title, n.body, n.created_at, n.read_at,
            to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts
     FROM notifications n LEFT JOIN tickets t ON t.id = n.ticket_id
     WHERE n.user_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2, $3::uuid))
     ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
    [userId, after?.key ?? null, after?.id ?? null, limit + 1]
  )
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return {
    items: items.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      ticketId: r.ticket_id,
      ticketKind: r.ticket_kind,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_ts, last.id) : null
  }
}

export async function unreadCount(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId])
  return rows[0]?.n ?? 0
}

/** False when the notification is not this user's (or does not exist). */
export async function markRead(db: Queryable, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
    [id, userId]
  )
  return (rowCount ?? 0) > 0
}

export async function markAllRead(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [userId])
}
