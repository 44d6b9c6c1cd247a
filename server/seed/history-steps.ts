// The moves of the demo history, each through the code the API and the deadline job run:
// submitGrievance / submitLegalAid, applyAction (what takeAction does, minus re-reading the
// ticket for a viewer), escalate() as the deadline sweep calls it, and takeSystemAction for the
// 7-day auto-confirmation. Bodies are checked with the API's own schemas.
import type { TicketAction } from '../../types/enums'
import { legalAidSubmitSchema, type LegalAidSubmitInput } from '../../types/schemas/legal-aid'
import { grievanceSubmitSchema, type GrievanceSubmitInput } from '../../types/schemas/grievance'
import { ticketActionSchemas, type TicketActionBody, type TicketActionInput } from '../../types/schemas/ticket-action'
import { withTx, type Tx } from '../db/pool'
import { escalate } from '../deadlines/escalate'
import { submitLegalAid } from '../legal-aid/submit-legal-aid'
import { deliver } from '../notifications/deliver'
import { accessFor } from '../tickets/access'
import { submitGrievance } from '../tickets/submit-grievance'
import { applyAction, takeSystemAction } from '../tickets/take-action'
import { getTicket, type TicketRow } from '../tickets/ticket-repo'
import type { WorkflowCtx } from '../tickets/workflow-ctx'

const noUrls = () => ''

async function locked(tx: Tx, ticketId: string): Promise<TicketRow> {
  const t = await getTicket(tx, ticketId, true)
  if (!t) throw new Error(`demo history: ticket ${ticketId} vanished`)
  return t
}

export async function submitGrievanceAt(ctx: WorkflowCtx, userId: string, input: GrievanceSubmitInput): Promise<TicketRow> {
  const { ticket } = await submitGrievance(ctx, userId, grievanceSubmitSchema.parse(input), noUrls)
  return (await getTicket(ctx.db, ticket.id))!
}

export async function submitLegalAidAt(ctx: WorkflowCtx, userId: string, input: LegalAidSubmitInput): Promise<TicketRow> {
  const { ticket } = await submitLegalAid(ctx, userId, legalAidSubmitSchema.parse(input), noUrls)
  return (await getTicket(ctx.db, ticket.id))!
}

/** One person's action, in one transaction with the ticket locked; returns the ticket after it.
 * The row's created_at still holds the real time of the insert (the stamps are moved when the
 * history is written, see history-clock.ts); the action is given the simulated time of
 * submission, from which it measures the working days to 签收 and 答复. */
export async function act<A extends TicketAction>(
  ctx: WorkflowCtx,
  submittedAt: Date,
  userId: string,
  ticketId: string,
  action: A,
  input: TicketActionInput<A>
): Promise<TicketRow> {
  const body = ticketActionSchemas[action].parse(input) as TicketActionBody<A>
  return withTx(ctx.db, async (tx) => {
    const ticket = { ...(await locked(tx, ticketId)), created_at: submittedAt }
    const access = await accessFor(tx, userId, ticket)
    await applyAction(ctx, tx, ticket, { userId, roles: access.roles, supervisorUnionId: access.supervisorUnionId }, action, body)
    return locked(tx, ticketId)
  })
}

/** What the deadline sweep does to one ticket whose running deadline has passed. */
export async function escalateOverdue(ctx: WorkflowCtx, ticketId: string): Promise<void> {
  await withTx(ctx.db, async (tx) => {
    const t = await locked(tx, ticketId)
    if (!t.due_at || t.due_at.getTime() > ctx.now().getTime()) throw new Error(`demo history: ${t.number} is not overdue`)
    const reason = t.status === 'submitted' ? 'ack_overdue' : 'answer_overdue'
    const dueKey = `${t.due_at.toISOString().slice(0, 19)}Z`
    const notices = await escalate(tx, t, reason, `${reason}:${dueKey}`)
    await deliver(tx, t, notices, { templateId: undefined, now: ctx.now() })
  })
}

export async function autoConfirm(ctx: WorkflowCtx, ticketId: string): Promise<void> {
  if (!(await takeSystemAction(ctx, ticketId, 'auto_confirm'))) throw new Error(`demo history: ${ticketId} could not be auto-confirmed`)
}
