import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { RoutingTargets } from '../../types/api'
import type { InboxCounts } from '../../types/api-workbench'
import { inboxFilterSchema } from '../../types/schemas/workbench'
import type { AppDeps } from '../app-deps'
import { AppError, notFound } from '../errors'
import { parse } from '../http/parse'
import { requireAuth } from '../http/auth'
import { requireCadre } from '../http/require-cadre'
import { accessFor } from './access'
import { workbenchAlerts } from './alerts'
import { listInbox } from './list-tickets'
import { routingTargets } from './routing'
import { cursorQuery, PAGE_SIZE, ticketIdParam } from './routes-shared'
import { getTicket } from './ticket-repo'
import { inboxCounts } from '../workbench/inbox-counts'
import { resolveInboxScope } from '../workbench/inbox-scope'

const countsQuery = z.object({ unionId: z.uuid({ message: '工会参数无效' }).optional() })

const routingQuery = z.object({ action: z.enum(['dispatch', 'transfer'], { message: '请指明派单或转办' }) })

export function workbenchRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/workbench/tickets', async (request) => {
    // The scope statement refuses non-cadres itself (one round trip less on every page).
    const { userId } = requireAuth(request)
    const filter = parse(inboxFilterSchema, request.query)
    const { cursor } = parse(cursorQuery, request.query)
    const scope = await resolveInboxScope(deps.db, userId, filter.unionId)
    return listInbox(deps.db, scope, filter, cursor, PAGE_SIZE, deps.clock())
  })

  app.get('/api/workbench/tickets/:id/routing', async (request): Promise<RoutingTargets> => {
    const userId = await requireCadre(deps, request)
    const { action } = parse(routingQuery, request.query)
    const ticket = await getTicket(deps.db, ticketIdParam(request.params))
    if (!ticket) throw notFound('诉求')
    const access = await accessFor(deps.db, userId, ticket)
    if (access.roles.length === 0) throw notFound('诉求')
    if (!access.roles.includes('handler')) throw new AppError('FORBIDDEN', '只有承办工会可以派单或转办')
    return { action, unions: await routingTargets(deps.db, ticket, action) }
  })

  app.get('/api/workbench/counts', async (request): Promise<InboxCounts> => {
    const { userId } = requireAuth(request)
    const { unionId } = parse(countsQuery, request.query)
    return inboxCounts(deps.db, await resolveInboxScope(deps.db, userId, unionId), deps.clock())
  })

  app.get('/api/workbench/alerts', async (request) => {
    const userId = await requireCadre(deps, request)
    return workbenchAlerts(deps, userId)
  })
}
