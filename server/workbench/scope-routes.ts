// The union pickers of the inbox and dashboard: the cadre's own unions, then a level at a time
// down their subtrees. A union outside them is a 404, as if it did not exist.
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ScopeUnion } from '../../types/api-workbench'
import type { UnionLevel } from '../../types/enums'
import type { AppDeps } from '../app-deps'
import type { Queryable } from '../db/pool'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { cadreUnions, unionInScope } from './inbox-scope'

const query = z.object({ parentId: z.uuid({ message: '工会参数无效' }).optional() })

interface Row {
  id: string
  name: string
  level: UnionLevel
  has_children: boolean
}

const toScopeUnion = (r: Row): ScopeUnion => ({ id: r.id, name: r.name, level: r.level, hasChildren: r.has_children })

async function scopeUnions(db: Queryable, where: string, param: string | string[]): Promise<ScopeUnion[]> {
  const { rows } = await db.query<Row>(
    `SELECT u.id, u.name, u.level, EXISTS (SELECT 1 FROM unions c WHERE c.parent_id = u.id) AS has_children
     FROM unions u WHERE ${where} ORDER BY u.name, u.id`,
    [param]
  )
  return rows.map(toScopeUnion)
}

export function scopeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/workbench/unions', async (request): Promise<ScopeUnion[]> => {
    const userId = await requireCadre(deps, request)
    const { parentId } = parse(query, request.query)
    const own = await cadreUnions(deps.db, userId)
    if (!parentId) return scopeUnions(deps.db, 'u.id = ANY($1::uuid[])', own.map((u) => u.id))
    const parent = await unionInScope(deps.db, own, parentId)
    return scopeUnions(deps.db, 'u.parent_id = $1', parent.id)
  })
}
