import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { catalogueQuerySchema, enrolmentActionSchema, signUpSchema } from '../../types/schemas/childcare'
import type { AppDeps } from '../app-deps'
import { withTx } from '../db/pool'
import { notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import type { RateLimiter } from '../http/rate-limit'
import type { CatalogueCache } from './catalogue-cache'
import { filterCatalogue } from './catalogue'
import { findClass } from './class-repo'
import { toClassDetail } from './class-view'
import { getDrawRecord } from './draw-record'
import { applyEnrolmentAction, lockEnrolment } from './enrolment-action'
import { enrolmentRoles, getEnrolmentForViewer } from './enrolment-view'
import { signUp } from './sign-up'

export function uuidParam(params: unknown, what: string): string {
  const r = z.object({ id: z.uuid() }).safeParse(params)
  if (!r.success) throw notFound(what)
  return r.data.id
}

const actionParam = z.object({ action: z.enum(['cancel', 'claim', 'approve', 'reject']) })

export interface ChildcareRouteDeps {
  cache: CatalogueCache
  limiter: RateLimiter
}

export function childcareRoutes(app: FastifyInstance, deps: AppDeps, { cache, limiter }: ChildcareRouteDeps): void {
  // Browsing needs no login: a parent can look before the opening minute without one.
  app.get('/api/childcare/classes', async (request) => {
    const q = parse(catalogueQuerySchema, request.query)
    return filterCatalogue(await cache.classes(), q, deps.clock())
  })

  app.get('/api/childcare/classes/:id', async (request) => {
    const id = uuidParam(request.params, '托班')
    const now = deps.clock()
    const cached = (await cache.classes()).find((c) => c.id === id)
    const c = cached ?? (await findClass(deps.db, id))
    if (!c || !c.published_at) throw notFound('托班')
    return toClassDetail(c, now)
  })

  app.post('/api/childcare/periods/:id/sign-ups', async (request, reply) => {
    const { userId } = requireAuth(request)
    limiter.take(userId)
    const periodId = uuidParam(request.params, '托班班期')
    const input = parse(signUpSchema, request.body)
    const { view, created } = await signUp(deps.db, userId, periodId, input, deps.clock())
    return reply.status(created ? 201 : 200).send(view)
  })

  app.get('/api/childcare/enrolments/:id', async (request) => {
    const { userId } = requireAuth(request)
    return getEnrolmentForViewer(deps.db, uuidParam(request.params, '托班报名'), userId, deps.clock())
  })

  app.post('/api/childcare/enrolments/:id/actions/:action', async (request) => {
    const { userId } = requireAuth(request)
    limiter.take(userId)
    const id = uuidParam(request.params, '托班报名')
    const a = actionParam.safeParse(request.params)
    if (!a.success) throw notFound('操作')
    const body = parse(enrolmentActionSchema, request.body)
    const now = deps.clock()
    const outbox = await withTx(deps.db, async (tx) => {
      const e = await lockEnrolment(tx, id)
      if (!e) throw notFound('托班报名')
      const roles = await enrolmentRoles(tx, e, userId)
      return applyEnrolmentAction(tx, e, { action: a.data.action, roles, actorId: userId, reason: body.reason, now, templateId: deps.config.wechatSubscribeTemplateId })
    })
    deps.outbox.dispatch(outbox)
    return getEnrolmentForViewer(deps.db, id, userId, now)
  })

  app.get('/api/childcare/periods/:id/draw', async (request) => {
    requireAuth(request)
    return getDrawRecord(deps.db, uuidParam(request.params, '抽签结果'))
  })
}
