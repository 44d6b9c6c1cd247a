// 督办: the parent of the handling union is asked to supervise. Raised by the deadline job
// (overdue acknowledgement or answer) and by a second 重办. The trigger key makes it once-only
// even with two job runners.
import { SUPERVISION_REASON_LABELS, type SupervisionReason, type TicketKind, type TicketStatus } from '../../types/enums'
import type { Queryable } from '../db/pool'
import type { Notice } from '../notifications/deliver'
import { insertEvent } from '../tickets/event-repo'
import { raiseSupervision } from '../tickets/supervision-repo'

export interface EscalationTicket {
  id: string
  number: string
  kind: TicketKind
  status: TicketStatus
  current_union_id: string
  current_union_parent_id: string | null
}

/** Returns the notices to deliver, or none when this 督办 had already been raised. */
export async function escalate(db: Queryable, t: EscalationTicket, reason: SupervisionReason, triggerKey: string): Promise<Notice[]> {
  // A top-level union has nobody above it and supervises itself.
  const supervisor = t.current_union_parent_id ?? t.current_union_id
  const raised = await raiseSupervision(db, {
    ticketId: t.id,
    unionId: supervisor,
    handlingUnionId: t.current_union_id,
    reason,
    triggerKey
  })
  if (!raised) return []
  const label = SUPERVISION_REASON_LABELS[reason]
  await insertEvent(db, {
    ticketId: t.id,
    action: 'escalate',
    actorId: null,
    actorRole: 'system',
    toUnionId: supervisor,
    reasonCode: reason,
    fromStatus: t.status,
    toStatus: t.status,
    body: `${label}，已提请上级工会督办`,
    visibility: 'public'
  })
  // The union above does not see a legal-aid case's details; it is told whom to chase.
  const supervise =
    t.kind === 'legal_aid'
      ? `下级工会法律援助站承办的申请 ${t.number} ${label}，请督促援助站办理（案情仅援助站可见）。`
      : `下级工会承办的诉求 ${t.number} ${label}，请督促办理。`
  return [
    { to: { unionId: supervisor }, title: '督办提醒', body: supervise },
    { to: { unionId: t.current_union_id }, title: '诉求被督办', body: `诉求 ${t.number} ${label}，上级工会已督办，请尽快办理。` },
    // The worker learns the union is being held to its promise, not why internally.
    { to: 'requester', title: '您的诉求已提请督办', body: `诉求 ${t.number} 已提请上级工会督办，我们会督促尽快办理。` }
  ]
}
