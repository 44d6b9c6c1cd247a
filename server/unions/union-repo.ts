import type { UnionNode } from '../../types/api'
import type { UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface UnionRow {
  id: string
  parent_id: string | null
  name: string
  level: UnionLevel
  region: string
}
export const toNode = (r: UnionRow): UnionNode => ({ id: r.id, parentId: r.parent_id, name: r.name, level: r.level, region: r.region })

export async function listUnions(db: Queryable): Promise<UnionNode[]> {
  const { rows } = await db.query<UnionRow>('SELECT id, parent_id, name, level, region FROM unions ORDER BY path')
  return rows.map(toNode)
}

/** Unions whose name or region mentions the words typed, shallowest first: "suggest by region". */
export async function searchUnions(db: Queryable, q: string, limit = 30): Promise<UnionNode[]> {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const { rows } = await db.query<UnionRow>(
    `SELECT id, parent_id, name, level, region FROM unions
     WHERE name ILIKE $1 OR region ILIKE $1
     ORDER BY length(path) DESC, name LIMIT $2`,
    [like, limit]
  )
  return rows.map(toNode)
}

export async function findUnion(db: Queryable, id: string): Promise<UnionNode | undefined> {
  const { rows } = await db.query<UnionRow>('SELECT id, parent_id, name, level, region FROM unions WHERE id = $1', [id])
  return rows[0] ? toNode(rows[0]) : undefined
}

/** Insert a union under `parentId` (null for a root), maintaining the materialized path. */
export async function insertUnion(
  db: Queryable,
  u: { parentId: string | null; name: string; level: UnionLevel; region: string }
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `WITH new AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unions (id, parent_id, name, level, region, path)
     SELECT new.id, $1, $2, $3, $4,
            coalesce((SELECT path FROM unions WHERE id = $1), '/') || new.id || '/'
     FROM new RETURNING id`,
    [u.parentId, u.name, u.level, u.region]
  )
  return rows[0]!.id
}
