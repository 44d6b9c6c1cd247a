import type { Queryable } from '../db/pool'

/** Whether the user is a cadre of exactly this union. */
export async function isCadreOf(db: Queryable, userId: string, unionId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM union_cadres WHERE user_id = $1 AND union_id = $2', [userId, unionId])
  return (rowCount ?? 0) > 0
}

/** Whether the union lies in a subtree the user serves (their union or one below it). */
export async function coversUnion(db: Queryable, userId: string, unionId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM unions target JOIN union_cadres uc ON uc.user_id = $1
     JOIN unions mine ON mine.id = uc.union_id
     WHERE target.id = $2 AND target.path LIKE mine.path || '%' LIMIT 1`,
    [userId, unionId]
  )
  return (rowCount ?? 0) > 0
}

/** Whether the user is a cadre of any union at all (the workbench is theirs). */
export async function isCadre(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM union_cadres WHERE user_id = $1 LIMIT 1', [userId])
  return (rowCount ?? 0) > 0
}
