// GET /api/workbench/dashboard?unionId&from&to — cadres only, their own subtrees only.
import type { FastifyInstance } from 'fastify'
import type { Dashboard } from '../../types/api-workbench'
import { dashboardQuerySchema } from '../../types/schemas/workbench'
import type { AppDeps } from '../app-deps'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { getDashboard } from './dashboard'

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/workbench/dashboard', async (request): Promise<Dashboard> => {
    const userId = await requireCadre(deps, request)
    return getDashboard(deps, userId, parse(dashboardQuerySchema, request.query))
  })
}
