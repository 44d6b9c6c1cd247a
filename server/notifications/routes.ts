// 消息中心 and WeChat subscribe-message consent.
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { SubscribeTemplates, UnreadCount } from '../../types/api'
import { subscribeResultSchema } from '../../types/schemas/workflow-admin'
import type { AppDeps } from '../app-deps'
import { notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { cursorQuery, PAGE_SIZE } from '../tickets/routes-shared'
import { listNotifications, markAllRead, markRead, unreadCount } from './notification-repo'
import { addQuota } from './outbox-repo'

const idParam = z.object({ id: z.uuid() })

export function notificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps

  app.get('/api/notifications', async (request) => {
    const { userId } = requireAuth(request)
    const { cursor } = parse(cursorQuery, request.query)
    return listNotifications(db, userId, cursor, PAGE_SIZE)
  })

  app.get('/api/notifications/unread-count', async (request): Promise<UnreadCount> => {
    const { userId } = requireAuth(request)
    return { unread: await unreadCount(db, userId) }
  })

  app.post('/api/notifications/read-all', async (request, reply) => {
    const { userId } = requireAuth(request)
    await markAllRead(db, userId)
    return reply.status(204).send()
  })

  app.post('/api/notifications/:id/read', async (request, reply) => {
    const { userId } = requireAuth(request)
    const p = idParam.safeParse(request.params)
    if (!p.success || !(await markRead(db, userId, p.data.id))) throw notFound('消息')
    return reply.status(204).send()
  })

  app.get('/api/subscriptions/templates', async (request): Promise<SubscribeTemplates> => {
    requireAuth(request)
    return { progress: config.wechatSubscribeTemplateId ? [config.wechatSubscribeTemplateId] : [] }
  })

  app.post('/api/subscriptions', async (request, reply) => {
    const { userId } = requireAuth(request)
    const { results } = parse(subscribeResultSchema, request.body)
    // Only our own templates count; an accept for anything else is ignored.
    const accepted = Object.entries(results)
      .filter(([id, r]) => r === 'accept' && id === config.wechatSubscribeTemplateId)
      .map(([id]) => id)
    await addQuota(db, userId, accepted)
    return reply.status(204).send()
  })
}
