import type { Attachment, TicketDetail, TicketEvent, TicketSummary } from '../../types/api'
import { REFUSE_REASON_LABELS, RETURN_REASON_LABELS, SUPERVISION_REASON_LABELS, type DueKind, type TicketStatus } from '../../types/enums'
import { CASE_OUTCOME_LABELS, CASE_STAGE_LABELS } from '../../types/legal-aid'
import { allowedActions, type TicketFacts } from '../../types/transitions'
import { legalCaseView } from '../legal-aid/case-view'
import type { WorkingCalendar } from '../calendar/working-days'
import type { Queryable } from '../db/pool'
import { dueDate, dueLight, workingDaysLeft } from '../deadlines/clock'
import { listTicketAttachments } from '../uploads/attachment-repo'
import { hidesIdentity, isCadreView, type TicketAccess } from './access'
import { listEvents, type EventRow } from './event-repo'
import { latestExtension } from './extension-repo'
import { listSupervisions } from './supervision-repo'
import type { TicketRow, TicketSummaryRow } from './ticket-repo'

export type UrlSigner = (attachmentId: string) => string

function dueKindOf(status: TicketStatus | null): DueKind | null {
  if (status === 'submitted') return 'acknowledge'
  if (status === 'in_progress') return 'answer'
  return null
}

/** `forCadre` false: the worker never learns of a 不合理诉求 mark. */
export function toSummary(t: TicketSummaryRow, now: Date, forCadre: boolean): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    status: t.status,
    title: t.title,
    category: t.category,
    targetUnion: { id: t.target_union_id, name: t.target_union_name },
    currentUnion: { id: t.current_union_id, name: t.current_union_name },
    urgent: t.urgent,
    dueKind: t.due_at ? dueKindOf(t.status) : null,
    dueAt: t.due_at?.toISOString() ?? null,
    dueLight: dueLight(now, t.due_at, t.warn_at),
    supervised: forCadre && t.supervised,
    unreasonable: forCadre && t.unreasonable_at !== null,
    booking: t.booking_state
      ? {
          state: t.booking_state,
          waitlistPosition: t.booking_position ?? null,
          claimBy: t.booking_claim_by?.toISOString() ?? null,
          childName: t.booking_child ?? '',
          periodName: t.booking_period ?? ''
        }
      : null,
    createdAt: t.created_at.toISOString(),
    updatedAt: t.updated_at.toISOString()
  }
}

function reasonLabel(e: EventRow): string | null {
  const code = e.reason_code
  if (!code) return null
  const labels: Record<string, string> =
    e.action === 'advance_stage'
      ? CASE_STAGE_LABELS
      : e.action === 'close_case'
        ? CASE_OUTCOME_LABELS
        : { ...RETURN_REASON_LABELS, ...REFUSE_REASON_LABELS, ...SUPERVISION_REASON_LABELS }
  return labels[code] ?? null
}

function toEvent(e: EventRow, hidden: boolean, photos: Attachment[]): TicketEvent {
  const d = e.data
  return {
    id: e.id,
    action: e.action,
    // A masked requester stays masked in the timeline too.
    actorName: e.actor_role === 'system' ? '系统' : hidden && e.actor_role === 'requester' ? '职工（已保密）' : (e.actor_name ?? ''),
    actorRole: e.actor_role,
    actorUnion: e.actor_union_id ? { id: e.actor_union_id, name: e.actor_union_name ?? '' } : null,
    toUnion: e.to_union_id ? { id: e.to_union_id, name: e.to_union_name ?? '' } : null,
    reason: reasonLabel(e),
    body: e.body,
    visibility: e.visibility,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    ratings: d.speed && d.attitude && d.result ? { speed: d.speed, attitude: d.attitude, result: d.result, comment: e.body } : null,
    days: d.days ?? null,
    attachments: photos,
    createdAt: e.created_at.toISOString()
  }
}

export interface ViewContext {
  userId: string
  now: Date
  cal: WorkingCalendar
  facts: TicketFacts
}

/** The ticket as this viewer may see it: internal notes and supervision only for cadres,
 * identity masked where confidentiality asks for it, and the actions this viewer may take now. */
export async function toDetail(db: Queryable, t: TicketRow, access: TicketAccess, sign: UrlSigner, v: ViewContext): Promise<TicketDetail> {
  const cadre = isCadreView(access)
  // One after another: `db` may be a single transaction client.
  const attachments = await listTicketAttachments(db, t.id)
  const events = await listEvents(db, t.id, cadre)
  const extension = cadre ? await latestExtension(db, t.id) : null
  const supervisions = cadre ? await listSupervisions(db, t.id) : []
  const hidden = hidesIdentity(access, t)
  const view = (a: (typeof attachments)[number]): Attachment => ({ id: a.id, mime: a.mime, size: a.size, url: sign(a.id) })
  const rated = t.rating_speed !== null && t.rating_attitude !== null && t.rating_result !== null
  const allowed = allowedActions(t.status, access.roles, v.facts)
  const legalCase = t.kind === 'legal_aid' ? await legalCaseView(db, t.id, { ...access, userId: v.userId }, allowed, v.now) : null
  return {
    ...toSummary(t, v.now, cadre),
    status: t.status,
    category: t.category,
    description: t.description,
    employer: t.employer,
    confidential: t.confidential,
    requesterName: hidden ? null : t.requester_name,
    contactPhone: hidden ? null : t.contact_phone,
    promisedAnswerDate: t.answer_due_at && ['submitted', 'in_progress', 'awaiting_info'].includes(t.status) ? dueDate(t.answer_due_at) : null,
    workingDaysLeft: t.due_at ? workingDaysLeft(v.cal, t.due_at, v.now) : null,
    paused: t.status === 'awaiting_info',
    ratings: rated ? { speed: t.rating_speed!, attitude: t.rating_attitude!, result: t.rating_result!, comment: t.rating_comment ?? '' } : null,
    autoConfirmed: t.auto_confirmed,
    reopenCount: t.reopen_count,
    dispatchedFrom: t.dispatched_from_union_id ? { id: t.dispatched_from_union_id, name: t.dispatched_from_union_name ?? '' } : null,
    attachments: attachments.filter((a) => a.event_id === null).map(view),
    events: events.map((e) => toEvent(e, hidden, attachments.filter((a) => a.event_id === e.id).map(view))),
    extension,
    supervisions,
    unreasonableReason: cadre ? t.unreasonable_reason : null,
    allowedActions: allowed,
    legalCase
  }
}
