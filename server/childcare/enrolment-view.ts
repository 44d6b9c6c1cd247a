import type { EnrolmentView } from '../../types/api-childcare'
import type { ActorRole } from '../../types/enums'
import { allowedEnrolmentActions, type EnrolmentFacts } from '../../types/enrolment-transitions'
import type { Queryable } from '../db/pool'
import { notFound } from '../errors'
import { isCadreOf } from '../unions/cadre-scope'
import { toPeriodView } from './class-view'
import { findEnrolment, listEnrolmentEvents, type EnrolmentEventRow, type EnrolmentRow } from './enrolment-repo'

export function enrolmentFacts(e: Pick<EnrolmentRow, 'cancel_by' | 'review_required' | 'claim_by'>, now: Date): EnrolmentFacts {
  return {
    beforeCancelCutoff: now < e.cancel_by,
    reviewRequired: e.review_required,
    claimOpen: e.claim_by !== null && now < e.claim_by
  }
}

/** The guardian is the requester; cadres of the class's own union handle it; nobody else sees it. */
export async function enrolmentRoles(db: Queryable, e: EnrolmentRow, userId: string): Promise<ActorRole[]> {
  const roles: ActorRole[] = []
  if (e.guardian_id === userId) roles.push('requester')
  if (await isCadreOf(db, userId, e.union_id)) roles.push('handler')
  if (roles.length === 0) throw notFound('托班报名')
  return roles
}

export function toEnrolmentView(e: EnrolmentRow, events: readonly EnrolmentEventRow[], roles: readonly ActorRole[], now: Date): EnrolmentView {
  return {
    id: e.id,
    number: e.number,
    state: e.state,
    child: { id: e.child_id, name: e.child_name },
    class: { id: e.class_id, title: e.class_title, address: e.address, union: { id: e.union_id, name: e.union_name }, bring: e.bring },
    period: toPeriodView(e.period, e),
    priorityGroups: e.priority_groups,
    contactPhone: e.contact_phone,
    note: e.note,
    waitlistPosition: e.waitlist_position,
    claimBy: e.state === 'offered' ? (e.claim_by?.toISOString() ?? null) : null,
    cancelBy: e.cancel_by.toISOString(),
    rejectReason: e.reject_reason,
    events: events.map((ev) => ({
      id: ev.id,
      action: ev.action,
      actorName: ev.actor_role === 'system' ? '系统' : (ev.actor_name ?? ''),
      actorRole: ev.actor_role,
      fromState: ev.from_state,
      toState: ev.to_state,
      body: ev.body,
      createdAt: ev.created_at.toISOString()
    })),
    allowedActions: allowedEnrolmentActions(e.state, roles, enrolmentFacts(e, now)),
    createdAt: e.created_at.toISOString(),
    serverTime: now.toISOString()
  }
}

export async function getEnrolmentForViewer(db: Queryable, id: string, userId: string, now: Date): Promise<EnrolmentView> {
  const e = await findEnrolment(db, id)
  if (!e) throw notFound('托班报名')
  const roles = await enrolmentRoles(db, e, userId)
  return toEnrolmentView(e, await listEnrolmentEvents(db, id), roles, now)
}
