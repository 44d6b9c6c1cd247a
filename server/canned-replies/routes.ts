// 常用回复: each union's own set, kept by its cadres, inserted (and edited) before sending.
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { cannedReplySchema } from '../../types/schemas/workflow-admin'
import type { AppDeps } from '../app-deps'
import { AppError, notFound } from '../errors'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { isCadreOf } from '../unions/cadre-scope'
import { deleteCannedReply, findCannedReply, insertCannedReply, listCannedReplies, updateCannedReply } from './canned-reply-repo'

const listQuery = z.object({ unionId: z.uuid({ message: '工会编号格式不正确' }).optional() })
const idParam = z.object({ id: z.uuid() })

export function cannedReplyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps
  const notMine = () => new AppError('FORBIDDEN', '只能维护本工会的常用回复')

  /** The reply, if it belongs to a union the user is a cadre of; otherwise 404. */
  async function ownReply(userId: string, params: unknown) {
    const p = idParam.safeParse(params)
    const row = p.success ? await findCannedReply(db, p.data.id) : undefined
    if (!row || !(await isCadreOf(db, userId, row.union_id))) throw notFound('常用回复')
    return row
  }

  app.get('/api/workbench/canned-replies', async (request) => {
    const userId = await requireCadre(deps, request)
    const { unionId } = parse(listQuery, request.query)
    return listCannedReplies(db, userId, unionId)
  })

  app.post('/api/workbench/canned-replies', async (request, reply) => {
    const userId = await requireCadre(deps, request)
    const input = parse(cannedReplySchema, request.body)
    if (!(await isCadreOf(db, userId, input.unionId))) throw notMine()
    return reply.status(201).send(await insertCannedReply(db, { ...input, userId }))
  })

  app.put('/api/workbench/canned-replies/:id', async (request) => {
    const userId = await requireCadre(deps, request)
    const row = await ownReply(userId, request.params)
    const input = parse(cannedReplySchema, request.body)
    if (!(await isCadreOf(db, userId, input.unionId))) throw notMine()
    return updateCannedReply(db, row.id, { ...input, userId })
  })

  app.delete('/api/workbench/canned-replies/:id', async (request, reply) => {
    const userId = await requireCadre(deps, request)
    const row = await ownReply(userId, request.params)
    await deleteCannedReply(db, row.id)
    return reply.status(204).send()
  })
}
