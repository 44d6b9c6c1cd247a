import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppDeps } from '../app-deps'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { listUnions, searchUnions } from './union-repo'

const querySchema = z.object({
  q: z.string().trim().max(30, { message: '搜索词不能超过 30 个字' }).optional()
})

export function unionRoutes(app: FastifyInstance, { db }: AppDeps): void {
  app.get('/api/unions', async (request) => {
    requireAuth(request)
    const { q } = parse(querySchema, request.query)
    return q ? searchUnions(db, q) : listUnions(db)
  })
}
