// Which subtree a cadre's dashboard shows: a union they serve or one below it. Anything else
// is "not found" with the same words whether it exists or not, so ids cannot be probed.
import type { DashboardUnion } from '../../types/api-workbench'
import type { UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { notFound } from '../errors'

export interface ScopedUnion extends DashboardUnion {
  /** Materialized path '/<id>/…/<id>/': the subtree is every union whose path starts with it. */
  path: string
}

interface Row {
  id: string
  name: string
  level: UnionLevel
  path: string
}

const toUnion = (r: Row): ScopedUnion => ({ id: r.id, name: r.name, level: r.level, path: r.path })

/** `unionId` if the cadre serves it or a union above it; without one, the cadre's highest union. */
export async function dashboardUnion(db: Queryable, userId: string, unionId: string | undefined): Promise<ScopedUnion> {
  const { rows } = unionId
    ? await db.query<Row>(
        `SELECT target.id, target.name, target.level, target.path
         FROM unions target
         WHERE target.id = $2 AND EXISTS (
           SELECT 1 FROM union_cadres uc JOIN unions mine ON mine.id = uc.union_id
           WHERE uc.user_id = $1 AND target.path LIKE mine.path || '%')`,
        [userId, unionId]
      )
    : await db.query<Row>(
        `SELECT u.id, u.name, u.level, u.path FROM union_cadres uc JOIN unions u ON u.id = uc.union_id
         WHERE uc.user_id = $1 ORDER BY length(u.path), u.name, u.id LIMIT 1`,
        [userId]
      )
  const row = rows[0]
  if (!row) throw notFound('工会')
  return toUnion(row)
}

/** The unions directly below, for the ranking. */
export async function childUnions(db: Queryable, parentId: string): Promise<ScopedUnion[]> {
  const { rows } = await db.query<Row>('SELECT id, name, level, path FROM unions WHERE parent_id = $1 ORDER BY name, id', [parentId])
  return rows.map(toUnion)
}
