// Turns a ticket's notices into in-app messages and, for the worker, WeChat subscribe
// messages queued in the outbox — all inside the caller's transaction, so a rolled-back
// action tells nobody anything.
import type { TicketKind } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { cadresOf, insertNotifications } from './notification-repo'
import { enqueueIfAllowed } from './outbox-repo'

export interface Notice {
  /** The worker; every cadre of a union; or one person (a lawyer). */
  to: 'requester' | { unionId: string } | { userId: string }
  title: string
  body: string
  /** A status of at most 5 characters for the worker's WeChat message (template keyword
   * phrase2); absent = in-app only. */
  wechatStatus?: string
  dedupeKey?: string
}

export interface DeliveryTicket {
  id: string
  number: string
  requester_id: string
  /** Which page the WeChat message opens; workflow tickets when absent. */
  kind?: TicketKind
}

const PAGE: Record<TicketKind, string> = {
  grievance: 'packages/grievance/detail/index',
  legal_aid: 'packages/grievance/detail/index',
  childcare: 'packages/childcare/enrolment/index'
}

/** Shanghai wall-clock time as the template's time keyword wants it. */
function wechatTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export async function deliver(
  db: Queryable,
  ticket: DeliveryTicket,
  notices: readonly Notice[],
  opts: { templateId: string | undefined; now: Date }
): Promise<string[]> {
  const outbox: string[] = []
  for (const n of notices) {
    const users = n.to === 'requester' ? [ticket.requester_id] : 'userId' in n.to ? [n.to.userId] : await cadresOf(db, n.to.unionId)
    const landed = await insertNotifications(db, users, { ticketId: ticket.id, title: n.title, body: n.body, dedupeKey: n.dedupeKey })
    if (n.to !== 'requester' || !n.wechatStatus || !opts.templateId || landed.length === 0) continue
    const id = await enqueueIfAllowed(db, {
      userId: ticket.requester_id,
      templateId: opts.templateId,
      page: `${PAGE[ticket.kind ?? 'grievance']}?id=${ticket.id}`,
      data: {
        character_string1: { value: ticket.number },
        phrase2: { value: n.wechatStatus },
        time3: { value: wechatTime(opts.now) },
        thing4: { value: '请进入小程序查看办理详情' }
      }
    })
    if (id) outbox.push(id)
  }
  return outbox
}
