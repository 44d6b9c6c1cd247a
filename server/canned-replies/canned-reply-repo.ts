import type { CannedReply } from '../../types/api'
import type { Queryable } from '../db/pool'

interface Row {
  id: string
  union_id: string
  title: string
  body: string
  updated_at: Date
}
const toView = (r: Row): CannedReply => ({ id: r.id, unionId: r.union_id, title: r.title, body: r.body, updatedAt: r.updated_at.toISOString() })

/** Replies of the unions the user is a cadre of (optionally one of them). */
export async function listCannedReplies(db: Queryable, userId: string, unionId: string | undefined): Promise<CannedReply[]> {
  const { rows } = await db.query<Row>(
    `SELECT c.id, c.union_id, c.title, c.body, c.updated_at FROM canned_replies c
     JOIN union_cadres uc ON uc.union_id = c.union_id AND uc.user_id = $1
     WHERE $2::uuid IS NULL OR c.union_id = $2
     ORDER BY c.updated_at DESC, c.id LIMIT 200`,
    [userId, unionId ?? null]
  )
  return rows.map(toView)
}

export async function findCannedReply(db: Queryable, id: string): Promise<Row | undefined> {
  const { rows } = await db.query<Row>('SELECT id, union_id, title, body, updated_at FROM canned_replies WHERE id = $1', [id])
  return rows[0]
}

export async function insertCannedReply(db: Queryable, r: { unionId: string; title: string; body: string; userId: string }): Promise<CannedReply> {
  const { rows } = await db.query<Row>(
    `INSERT INTO canned_replies (union_id, title, body, updated_by) VALUES ($1, $2, $3, $4)
     RETURNING id, union_id, title, body, updated_at`,
    [r.unionId, r.title, r.body, r.userId]
  )
  return toView(rows[0]!)
}

export async function updateCannedReply(db: Queryable, id: string, r: { unionId: string; title: string; body: string; userId: string }): Promise<CannedReply> {
  const { rows } = await db.query<Row>(
    `UPDATE canned_replies SET union_id = $2, title = $3, body = $4, updated_by = $5, updated_at = now() WHERE id = $1
     RETURNING id, union_id, title, body, updated_at`,
    [id, r.unionId, r.title, r.body, r.userId]
  )
  return toView(rows[0]!)
}

export async function deleteCannedReply(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM canned_replies WHERE id = $1', [id])
}
