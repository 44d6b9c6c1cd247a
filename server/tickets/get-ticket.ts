import type { TicketDetail } from '../../types/api'
import type { Queryable } from '../db/pool'
import { notFound } from '../errors'
import { accessFor } from './access'
import { getTicket as loadTicket } from './ticket-repo'
import { toDetail, type UrlSigner } from './ticket-view'

/** Someone with no part in a ticket gets "not found", so ticket ids reveal nothing. */
export async function getTicketForViewer(db: Queryable, ticketId: string, userId: string, sign: UrlSigner): Promise<TicketDetail> {
  const ticket = await loadTicket(db, ticketId)
  if (!ticket) throw notFound('诉求')
  const access = await accessFor(db, userId, ticket)
  if (access.roles.length === 0) throw notFound('诉求')
  return toDetail(db, ticket, access, sign)
}
