import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { childProfileSchema } from '../../types/schemas/childcare'
import type { AppDeps } from '../app-deps'
import { withTx } from '../db/pool'
import { AppError, notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { changesCheckedFacts, insertChild, listChildren, removeChild, updateChild } from './child-repo'

const MAX_CHILDREN = 10

export function childIdParam(params: unknown): string {
  const r = z.object({ id: z.uuid() }).safeParse(params)
  if (!r.success) throw notFound('孩子信息')
  return r.data.id
}

/** A guardian's children: only the guardian ever reads or writes these through this API. */
export function childRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/children', async (request) => listChildren(deps.db, requireAuth(request).userId))

  app.post('/api/children', async (request, reply) => {
    const { userId } = requireAuth(request)
    const input = parse(childProfileSchema, request.body)
    const child = await withTx(deps.db, async (tx) => {
      // Serialise one guardian's additions so the cap holds under double taps.
      await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId])
      const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM children WHERE guardian_id = $1 AND erased_at IS NULL', [userId])
      if ((rows[0]?.n ?? 0) >= MAX_CHILDREN) throw new AppError('CONFLICT', `最多添加 ${MAX_CHILDREN} 个孩子`)
      return insertChild(tx, userId, input, deps.clock())
    })
    return reply.status(201).send(child)
  })

  app.put('/api/children/:id', async (request) => {
    const { userId } = requireAuth(request)
    const id = childIdParam(request.params)
    const input = parse(childProfileSchema, request.body)
    if (await changesCheckedFacts(deps.db, userId, id, input)) {
      throw new AppError('CONFLICT', '孩子有进行中的托班报名，出生日期和年级暂不能修改；如填错了，请先取消报名再修改')
    }
    const child = await updateChild(deps.db, userId, id, input, deps.clock())
    if (!child) throw notFound('孩子信息')
    return child
  })

  app.delete('/api/children/:id', async (request, reply) => {
    const { userId } = requireAuth(request)
    const id = childIdParam(request.params)
    const outcome = await withTx(deps.db, (tx) => removeChild(tx, userId, id, deps.clock()))
    if (outcome === 'missing') throw notFound('孩子信息')
    if (outcome === 'active') throw new AppError('CONFLICT', '孩子还有进行中的托班报名，请先取消报名再删除')
    return reply.status(204).send()
  })
}
