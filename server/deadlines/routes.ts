// 答复时限 per union: cadres see the effective figures for a union they serve and may set
// that union's own (which then also applies to the unions below it that set none).
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { deadlinePolicySchema } from '../../types/schemas/workflow-admin'
import type { AppDeps } from '../app-deps'
import { notFound } from '../errors'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { coversUnion } from '../unions/cadre-scope'
import { listPolicies, upsertPolicy } from './policy'

const unionParam = z.object({ id: z.uuid() })

export function deadlinePolicyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps

  async function servedUnion(userId: string, params: unknown): Promise<string> {
    const p = unionParam.safeParse(params)
    if (!p.success || !(await coversUnion(db, userId, p.data.id))) throw notFound('工会')
    return p.data.id
  }

  app.get('/api/workbench/unions/:id/deadline-policies', async (request) => {
    const userId = await requireCadre(deps, request)
    return listPolicies(db, await servedUnion(userId, request.params))
  })

  app.put('/api/workbench/unions/:id/deadline-policies', async (request) => {
    const userId = await requireCadre(deps, request)
    const unionId = await servedUnion(userId, request.params)
    const input = parse(deadlinePolicySchema, request.body)
    await upsertPolicy(db, { ...input, unionId, userId })
    return listPolicies(db, unionId)
  })
}
