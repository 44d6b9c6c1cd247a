import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { TICKET_ACTIONS, type TicketAction } from '../../types/enums'
import { ticketActionSchemas } from '../../types/schemas/ticket-action'
import type { AppDeps } from '../app-deps'
import { notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { getTicketForViewer } from './get-ticket'
import { listMyTickets } from './list-tickets'
import { cursorQuery, PAGE_SIZE, ticketIdParam, urlSigner, workflowCtx } from './routes-shared'
import { takeAction } from './take-action'

const actionParam = z.object({ action: z.enum(TICKET_ACTIONS) })

export function ticketRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sign = urlSigner(deps)
  const ctx = workflowCtx(deps)

  app.get('/api/tickets/mine', async (request) => {
    const { userId } = requireAuth(request)
    const { cursor } = parse(cursorQuery, request.query)
    return listMyTickets(deps.db, userId, cursor, PAGE_SIZE, deps.clock())
  })

  app.get('/api/tickets/:id', async (request) => {
    const { userId } = requireAuth(request)
    return getTicketForViewer(ctx, ticketIdParam(request.params), userId, sign)
  })

  app.post('/api/tickets/:id/actions/:action', async (request) => {
    const { userId } = requireAuth(request)
    const id = ticketIdParam(request.params)
    const a = actionParam.safeParse(request.params)
    if (!a.success) throw notFound('操作')
    const action: TicketAction = a.data.action
    const body = parse(ticketActionSchemas[action], request.body)
    return takeAction(ctx, userId, id, action, body, sign)
  })
}
