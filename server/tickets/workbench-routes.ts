import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { TICKET_STATUSES } from '../../types/enums'
import type { AppDeps } from '../app-deps'
import { AppError } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { isCadre, listInbox } from './list-tickets'
import { cursorQuery, PAGE_SIZE } from './routes-shared'

const inboxQuery = cursorQuery.extend({
  status: z.enum([...TICKET_STATUSES, 'open'], { message: '状态筛选无效' }).default('open')
})

export function workbenchRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/workbench/tickets', async (request) => {
    const { userId } = requireAuth(request)
    const { status, cursor } = parse(inboxQuery, request.query)
    if (!(await isCadre(deps.db, userId))) throw new AppError('FORBIDDEN', '工作台仅限工会干部使用')
    return listInbox(deps.db, userId, status, cursor, PAGE_SIZE)
  })
}
