// One status change = check the transition table (state, role, guards), write the row, its
// event and its notices in one transaction with the ticket row locked — so two cadres
// clicking at once cannot both win — and hand WeChat messages to the queue only after commit.
import type { ActionResponse } from '../../types/api'
import { TICKET_ACTION_LABELS, TICKET_STATUS_LABELS, type ActorRole, type TicketAction, type TicketStatus } from '../../types/enums'
import type { TicketActionBody } from '../../types/schemas/ticket-action'
import { failedGuard, findTransition, GUARD_MESSAGES, type TicketFacts } from '../../types/transitions'
import { nextStages } from '../../types/legal-aid'
import type { WorkingCalendar } from '../calendar/working-days'
import { withTx, type Tx } from '../db/pool'
import { getCase } from '../legal-aid/case-repo'
import { AppError, notFound } from '../errors'
import { deliver } from '../notifications/deliver'
import { accessFor } from './access'
import { ACTION_HANDLERS } from './actions'
import { eventExists, insertEvent } from './event-repo'
import { lapseExtensions, pendingExtension } from './extension-repo'
import { getTicketForViewer } from './get-ticket'
import { resolveSupervisions } from './supervision-repo'
import { getTicket, updateTicket, type TicketChanges, type TicketRow } from './ticket-repo'
import type { UrlSigner } from './ticket-view'
import type { WorkflowCtx } from './workflow-ctx'

export async function ticketFacts(tx: Tx, t: TicketRow, now: Date): Promise<TicketFacts> {
  return {
    dispatched: t.dispatched_from_union_id !== null,
    extensionPending: (await pendingExtension(tx, t.id)) !== undefined,
    beforeAnswerDeadline: t.answer_due_at === null || now.getTime() < t.answer_due_at.getTime(),
    unreasonable: t.unreasonable_at !== null,
    legalAid: t.kind === 'legal_aid',
    stageCanAdvance: t.kind === 'legal_aid' && nextStages((await getCase(tx, t.id))?.stage ?? 'closed').length > 0
  }
}

function refused(message: string): AppError {
  return new AppError('TRANSITION_NOT_ALLOWED', message)
}

interface Actor {
  userId: string | null
  roles: ActorRole[]
  supervisorUnionId: string | null
}

/** The core, inside the caller's transaction with the ticket locked. Returns outbox ids. */
export async function applyAction<A extends TicketAction>(
  ctx: WorkflowCtx,
  tx: Tx,
  ticket: TicketRow,
  actor: Actor,
  action: A,
  body: TicketActionBody<A>
): Promise<string[]> {
  const now = ctx.now()
  const label = TICKET_ACTION_LABELS[action]
  const transition = findTransition(ticket.status, action)
  if (!transition) throw refused(`诉求当前为“${TICKET_STATUS_LABELS[ticket.status]}”，不能${label}，请刷新后查看最新进展`)
  const role = transition.by.find((r) => actor.roles.includes(r))
  // Wrong role is refused like a wrong state: the table said no (409, per the workflow contract).
  if (!role) throw refused(`您的身份不能对这件诉求执行“${label}”`)
  const guard = failedGuard(transition, await ticketFacts(tx, ticket, now))
  if (guard) throw refused(GUARD_MESSAGES[guard])

  const actorUnionId = role === 'handler' ? ticket.current_union_id : role === 'supervisor' ? actor.supervisorUnionId : null
  const cal = await ctx.calendar.load(tx)
  const handler = ACTION_HANDLERS[action] as (i: Parameters<(typeof ACTION_HANDLERS)[A]>[0]) => ReturnType<(typeof ACTION_HANDLERS)[A]>
  const outcome = await handler({ tx, ctx, ticket, body, role, actorId: actor.userId, actorUnionId, now, cal })

  await updateTicket(tx, ticket.id, { ...outcome.changes, ...elapsedWorkingDays(cal, ticket, outcome.changes, now), status: transition.to })
  await settleSideRecords(tx, ticket.id, ticket.status, transition.to)
  const eventId = await insertEvent(tx, {
    ticketId: ticket.id,
    action,
    actorId: actor.userId,
    actorRole: role,
    actorUnionId,
    toUnionId: outcome.event?.toUnionId ?? null,
    reasonCode: outcome.event?.reasonCode ?? null,
    fromStatus: ticket.status,
    toStatus: transition.to,
    body: outcome.event?.body ?? '',
    visibility: outcome.event?.visibility ?? 'public',
    data: outcome.event?.data,
    clientRequestId: 'clientRequestId' in body ? body.clientRequestId : undefined
  })
  const more = (await outcome.afterEvent?.(eventId)) ?? []
  return deliver(tx, ticket, [...outcome.notices, ...more], { templateId: ctx.subscribeTemplateId, now })
}

/** The time the union took, in working days, for the dashboard's averages: to the latest
 * 签收, and to the first 答复 (a 重办 answer does not reset it). */
function elapsedWorkingDays(cal: WorkingCalendar, ticket: TicketRow, changes: TicketChanges, now: Date): TicketChanges {
  const out: TicketChanges = {}
  if (changes.acknowledged_at) out.ack_working_days = cal.workingDaysElapsed(ticket.created_at, changes.acknowledged_at)
  if (changes.answered_at && ticket.answer_working_days === null) out.answer_working_days = cal.workingDaysElapsed(ticket.created_at, now)
  return out
}

/** Extensions and 督办 follow the state: an answer settles the overdue 督办; a final state
 * settles everything and voids an undecided extension. */
async function settleSideRecords(tx: Tx, ticketId: string, from: TicketStatus, to: TicketStatus): Promise<void> {
  if (from === to) return
  if (to === 'in_progress' && from === 'submitted') await resolveSupervisions(tx, ticketId, ['ack_overdue'])
  if (to === 'answered') await resolveSupervisions(tx, ticketId, ['ack_overdue', 'answer_overdue'])
  if (to === 'answered' || to === 'closed' || to === 'refused' || to === 'withdrawn' || to === 'submitted') await lapseExtensions(tx, ticketId)
  if (to === 'closed' || to === 'refused' || to === 'withdrawn') await resolveSupervisions(tx, ticketId)
}

export async function takeAction<A extends TicketAction>(
  ctx: WorkflowCtx,
  userId: string,
  ticketId: string,
  action: A,
  body: TicketActionBody<A>,
  sign: UrlSigner
): Promise<ActionResponse> {
  const outbox = await withTx(ctx.db, async (tx) => {
    const ticket = await getTicket(tx, ticketId, true)
    if (!ticket) throw notFound('诉求')
    const access = await accessFor(tx, userId, ticket)
    if (access.roles.length === 0) throw notFound('诉求')
    // A retried request that already went through is answered with the current ticket.
    if (body.clientRequestId && (await eventExists(tx, ticket.id, userId, body.clientRequestId))) return []
    return applyAction(ctx, tx, ticket, { userId, roles: access.roles, supervisorUnionId: access.supervisorUnionId }, action, body)
  })
  if (outbox.length > 0) ctx.afterCommit(outbox)
  try {
    return await getTicketForViewer(ctx, ticketId, userId, sign)
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err
    // 退单/转办 took it out of the actor's unions: say where it went, nothing more.
    const t = await getTicket(ctx.db, ticketId)
    if (!t) throw err
    return { handedOver: true, id: t.id, number: t.number, status: t.status, currentUnion: { id: t.current_union_id, name: t.current_union_name } }
  }
}

/** An action the system takes (the 7-day auto-confirmation); false when the ticket moved on. */
export async function takeSystemAction(ctx: WorkflowCtx, ticketId: string, action: 'auto_confirm'): Promise<boolean> {
  const outbox = await withTx(ctx.db, async (tx) => {
    const ticket = await getTicket(tx, ticketId, true)
    if (!ticket || !findTransition(ticket.status, action)) return undefined
    return applyAction(ctx, tx, ticket, { userId: null, roles: ['system'], supervisorUnionId: null }, action, {})
  })
  if (outbox?.length) ctx.afterCommit(outbox)
  return outbox !== undefined
}
