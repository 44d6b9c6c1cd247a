// One status change = check the transition table, write the row and its event, in one
// transaction with the ticket row locked, so two cadres clicking at once cannot both win.
import type { TicketDetail } from '../../types/api'
import { TICKET_ACTION_LABELS, TICKET_STATUS_LABELS, type ActorRole, type TicketAction } from '../../types/enums'
import type { TicketActionBody } from '../../types/schemas/ticket-action'
import { findTransition } from '../../types/transitions'
import { withTx, type Db } from '../db/pool'
import { AppError, notFound } from '../errors'
import { accessFor } from './access'
import { eventExists, insertEvent } from './event-repo'
import { getTicketForViewer } from './get-ticket'
import { getTicket, updateTicketState } from './ticket-repo'
import type { UrlSigner } from './ticket-view'

export async function takeAction<A extends TicketAction>(
  db: Db,
  userId: string,
  ticketId: string,
  action: A,
  body: TicketActionBody<A>,
  sign: UrlSigner
): Promise<TicketDetail> {
  await withTx(db, async (tx) => {
    const ticket = await getTicket(tx, ticketId, true)
    if (!ticket) throw notFound('诉求')
    const access = await accessFor(tx, userId, ticket)
    if (access.roles.length === 0) throw notFound('诉求')
    // A retried request that already went through is answered with the current ticket.
    if (body.clientRequestId && (await eventExists(tx, ticket.id, userId, body.clientRequestId))) return

    const label = TICKET_ACTION_LABELS[action]
    const transition = findTransition(ticket.status, action)
    if (!transition) {
      throw new AppError('TRANSITION_NOT_ALLOWED', `诉求当前为“${TICKET_STATUS_LABELS[ticket.status]}”，不能${label}，请刷新后查看最新进展`)
    }
    const role: ActorRole | undefined = transition.by.find((r) => access.roles.includes(r))
    // Wrong role is refused like a wrong state: the table said no (409, per the workflow contract).
    if (!role) throw new AppError('TRANSITION_NOT_ALLOWED', `您的身份不能对这件诉求执行“${label}”`)

    const rating = 'rating' in body ? body.rating : undefined
    const comment = 'comment' in body ? body.comment : undefined
    const text = 'body' in body ? body.body : (comment ?? '')
    await updateTicketState(tx, ticket.id, {
      status: transition.to,
      rating,
      reopened: action === 'reject'
    })
    await insertEvent(tx, {
      ticketId: ticket.id,
      action,
      actorId: userId,
      actorRole: role,
      fromStatus: ticket.status,
      toStatus: transition.to,
      body: text,
      visibility: action === 'note' ? 'internal' : 'public',
      rating,
      clientRequestId: body.clientRequestId
    })
  })
  return getTicketForViewer(db, ticketId, userId, sign)
}
