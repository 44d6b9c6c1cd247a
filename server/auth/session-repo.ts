import type { Queryable } from '../db/pool'
import { hashToken, newToken } from './tokens'

export async function createSession(db: Queryable, userId: string, ttlDays: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken()
  const { rows } = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING expires_at`,
    [userId, hashToken(token), ttlDays]
  )
  return { token, expiresAt: rows[0]!.expires_at }
}

/** The user id behind a live (unexpired, unrevoked) token, or undefined. */
export async function findSessionUser(db: Queryable, token: string): Promise<{ userId: string; sessionId: string } | undefined> {
  const { rows } = await db.query<{ user_id: string; id: string }>({ name: 'session-user', text:
    `SELECT id, user_id FROM sessions
     WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
    values: [hashToken(token)] })
  const row = rows[0]
  return row ? { userId: row.user_id, sessionId: row.id } : undefined
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId])
}

/** Housekeeping job: expired and revoked sessions are kept a week for audit, then dropped. */
export async function purgeOldSessions(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM sessions WHERE expires_at < now() - interval '7 days'
        OR revoked_at < now() - interval '7 days'`
  )
  return rowCount ?? 0
}
