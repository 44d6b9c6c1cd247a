// WeChat subscribe messages: one consent (accept) from the user allows one message per
// template, so the budget is counted here and a message is queued only against it.
import type { Queryable } from '../db/pool'

export async function addQuota(db: Queryable, userId: string, templateIds: readonly string[]): Promise<void> {
  if (templateIds.length === 0) return
  await db.query(
    `INSERT INTO subscribe_quota (user_id, template_id, remaining)
     SELECT $1, t, 1 FROM unnest($2::text[]) AS t
     ON CONFLICT (user_id, template_id) DO UPDATE
       SET remaining = subscribe_quota.remaining + 1, updated_at = now()`,
    [userId, [...templateIds]]
  )
}

export interface SubscribeMessage {
  userId: string
  templateId: string
  page: string
  /** Template keyword values: ticket number, a short status, a time, a fixed hint — never
   * case details or phone numbers. */
  data: Record<string, { value: string }>
}

/** Spends one consent and queues the message; undefined when the user has none left. */
export async function enqueueIfAllowed(db: Queryable, m: SubscribeMessage): Promise<string | undefined> {
  const spent = await db.query(
    `UPDATE subscribe_quota SET remaining = remaining - 1, updated_at = now()
     WHERE user_id = $1 AND template_id = $2 AND remaining > 0`,
    [m.userId, m.templateId]
  )
  if ((spent.rowCount ?? 0) === 0) return undefined
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO outbox_messages (user_id, template_id, page, data) VALUES ($1, $2, $3, $4) RETURNING id',
    [m.userId, m.templateId, m.page, JSON.stringify(m.data)]
  )
  return rows[0]?.id
}

export async function stalePendingMessages(db: Queryable, olderThanSeconds: number, limit = 200): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM outbox_messages WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1)
     ORDER BY created_at LIMIT $2`,
    [olderThanSeconds, limit]
  )
  return rows.map((r) => r.id)
}
