import type { TicketDetail, TicketEvent, TicketSummary } from '../../types/api'
import { allowedActions } from '../../types/transitions'
import type { Queryable } from '../db/pool'
import { listTicketAttachments } from '../uploads/attachment-repo'
import { hidesIdentity, type TicketAccess } from './access'
import { listEvents } from './event-repo'
import type { TicketRow } from './ticket-repo'

export type UrlSigner = (attachmentId: string) => string

export function toSummary(t: Pick<TicketRow, 'id' | 'number' | 'kind' | 'status' | 'title' | 'category' | 'target_union_id' | 'target_union_name' | 'created_at' | 'updated_at'>): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    status: t.status,
    title: t.title,
    category: t.category,
    targetUnion: { id: t.target_union_id, name: t.target_union_name },
    createdAt: t.created_at.toISOString(),
    updatedAt: t.updated_at.toISOString()
  }
}

/** The ticket as this viewer may see it: internal notes only for cadres, identity masked
 * where confidentiality asks for it, and the actions this viewer may take now. */
export async function toDetail(db: Queryable, t: TicketRow, access: TicketAccess, sign: UrlSigner): Promise<TicketDetail> {
  const isCadre = access.roles.includes('cadre')
  const [attachments, events] = await Promise.all([listTicketAttachments(db, t.id), listEvents(db, t.id, isCadre)])
  const hidden = hidesIdentity(access, t.confidential)
  return {
    ...toSummary(t),
    description: t.description,
    employer: t.employer,
    confidential: t.confidential,
    requesterName: hidden ? null : t.requester_name,
    contactPhone: hidden ? null : t.contact_phone,
    rating: t.rating,
    reopenCount: t.reopen_count,
    attachments: attachments.map((a) => ({ id: a.id, mime: a.mime, size: a.size, url: sign(a.id) })),
    events: events.map(
      (e): TicketEvent => ({
        id: e.id,
        action: e.action as TicketEvent['action'],
        // A masked requester stays masked in the timeline too.
        actorName: hidden && e.actor_role === 'requester' ? '职工（已保密）' : e.actor_name,
        actorRole: e.actor_role,
        body: e.body,
        visibility: e.visibility,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        rating: e.rating,
        createdAt: e.created_at.toISOString()
      })
    ),
    allowedActions: allowedActions(t.status, access.roles)
  }
}
