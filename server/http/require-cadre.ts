import type { FastifyRequest } from 'fastify'
import type { AppDeps } from '../app-deps'
import { AppError } from '../errors'
import { isCadre } from '../unions/cadre-scope'
import { requireAuth } from './auth'

export const NOT_A_CADRE = '工作台仅限工会干部使用'

/** The workbench is for union cadres; everyone else is told so plainly. */
export async function requireCadre(deps: Pick<AppDeps, 'db'>, request: FastifyRequest): Promise<string> {
  const { userId } = requireAuth(request)
  if (!(await isCadre(deps.db, userId))) throw new AppError('FORBIDDEN', NOT_A_CADRE)
  return userId
}
