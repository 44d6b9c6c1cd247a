// Sends one outbox message through WeChat. 43101 (the user's consent is used up or was
// withdrawn) is final: retrying would only be refused again. Other failures are retried by
// the job queue until MAX_ATTEMPTS, then marked failed.
import { withTx, type Db } from '../db/pool'
import { WechatApiError, type WechatClient } from '../wechat/client'

export const MAX_ATTEMPTS = 5
const NO_RETRY = new Set([43101, 40003, 47003])

export type SendOutcome = 'sent' | 'failed' | 'skipped' | 'retry'

interface OutboxRow {
  id: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  attempts: number
  openid: string | null
}

export async function sendOutboxMessage(db: Db, wechat: WechatClient | undefined, id: string): Promise<SendOutcome> {
  return withTx(db, async (tx) => {
    // The row lock makes a second runner wait and then find it no longer pending.
    const { rows } = await tx.query<OutboxRow>(
      `SELECT o.id, o.template_id, o.page, o.data, o.attempts, u.openid
       FROM outbox_messages o JOIN users u ON u.id = o.user_id
       WHERE o.id = $1 AND o.status = 'pending' FOR UPDATE OF o`,
      [id]
    )
    const m = rows[0]
    if (!m) return 'skipped'
    const fail = async (error: string) => {
      await tx.query("UPDATE outbox_messages SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1", [id, error])
      return 'failed' as const
    }
    if (!wechat) return fail('WeChat is not configured')
    if (!m.openid) return fail('user has no WeChat openid')
    try {
      await wechat.sendSubscribeMessage({ touser: m.openid, templateId: m.template_id, page: m.page, data: m.data })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if (err instanceof WechatApiError && NO_RETRY.has(err.errcode)) return fail(message)
      if (m.attempts + 1 >= MAX_ATTEMPTS) return fail(message)
      await tx.query('UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, message])
      return 'retry'
    }
    await tx.query("UPDATE outbox_messages SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1", [id])
    return 'sent'
  })
}
