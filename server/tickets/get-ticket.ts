import type { TicketDetail } from '../../types/api'
import { withTx } from '../db/pool'
import { notFound } from '../errors'
import { accessFor } from './access'
import { ticketFacts } from './take-action'
import { getTicket as loadTicket } from './ticket-repo'
import { toDetail, type UrlSigner } from './ticket-view'
import type { WorkflowCtx } from './workflow-ctx'

/** Someone with no part in a ticket gets "not found", so ticket ids reveal nothing. Read in
 * one transaction so the row, its events and its allowed actions agree. */
export async function getTicketForViewer(ctx: Pick<WorkflowCtx, 'db' | 'now' | 'calendar'>, ticketId: string, userId: string, sign: UrlSigner): Promise<TicketDetail> {
  return withTx(ctx.db, async (tx) => {
    const ticket = await loadTicket(tx, ticketId)
    if (!ticket) throw notFound('诉求')
    const access = await accessFor(tx, userId, ticket)
    if (access.roles.length === 0) throw notFound('诉求')
    const now = ctx.now()
    const cal = await ctx.calendar.load(tx)
    const facts = await ticketFacts(tx, ticket, now)
    return toDetail(tx, ticket, access, sign, { userId, now, cal, facts })
  })
}
