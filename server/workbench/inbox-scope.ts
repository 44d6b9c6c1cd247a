// Which unions a cadre's inbox, counts and 台账 export cover: the subtrees of the unions they
// serve, or one union inside them (the `unionId` filter). Everything else does not exist to
// them: an id outside is a 404 whether or not the union is real.
import type { UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'
import { AppError, notFound } from '../errors'
import { NOT_A_CADRE } from '../http/require-cadre'

export interface ScopeRoot {
  id: string
  name: string
  level: UnionLevel
  path: string
}

export interface InboxScope {
  userId: string
  /** The union picked with `unionId`; null when the view spans all the cadre's unions. */
  picked: ScopeRoot | null
  /** Tops of the listed subtrees, none inside another. */
  roots: ScopeRoot[]
  /** Every union in those subtrees (roots included): the inbox reads `current_union_id = ANY(…)`. */
  unionIds: string[]
  /** The unions the cadre serves themselves, with levels: 法律援助 is listed only where one of
   * them handles it, and confidential requesters are hidden from enterprise-union cadres. */
  own: ScopeRoot[]
}

/** Whether `path` lies in the subtree rooted at `root` (the root included). */
export const insidePath = (path: string, root: string): boolean => path.startsWith(root)

/** Drops roots lying under another root, so no subtree is counted twice. */
function topmost(unions: ScopeRoot[]): ScopeRoot[] {
  return unions.filter((u) => !unions.some((o) => o.id !== u.id && insidePath(u.path, o.path)))
}

export async function cadreUnions(db: Queryable, userId: string): Promise<ScopeRoot[]> {
  const { rows } = await db.query<ScopeRoot>(
    `SELECT u.id, u.name, u.level, u.path FROM union_cadres uc JOIN unions u ON u.id = uc.union_id
     WHERE uc.user_id = $1 ORDER BY u.path`,
    [userId]
  )
  return rows
}

/** A union inside the cadre's subtrees, or 404 '工会不存在或您无权查看'. */
export async function unionInScope(db: Queryable, own: ScopeRoot[], unionId: string): Promise<ScopeRoot> {
  const { rows } = await db.query<ScopeRoot>('SELECT id, name, level, path FROM unions WHERE id = $1', [unionId])
  const u = rows[0]
  if (!u || !own.some((o) => insidePath(u.path, o.path))) throw notFound('工会')
  return u
}

/** Ids of every union in the subtrees, by index range scans: a path prefix `p` ('/a/b/')
 * covers exactly the paths from p up to, not including, p with its final '/' raised to '0'
 * (bytewise order, the text_pattern_ops index's). `roots` is SQL yielding a `path` column. */
const subtreeIdsSql = (roots: string) =>
  `SELECT coalesce(array_agg(s.id::text), '{}') FROM (${roots}) r
   JOIN unions s ON s.path ~>=~ r.path AND s.path ~<~ r.upper`
const UPPER = "left(path, -1) || '0' AS upper"

/** Every union in the subtrees of `roots` (the roots included). */
export async function subtreeUnionIds(db: Queryable, roots: ScopeRoot[]): Promise<string[]> {
  if (roots.length === 0) return []
  const { rows } = await db.query<{ ids: string[] }>(`SELECT (${subtreeIdsSql(`SELECT path, ${UPPER} FROM unnest($1::text[]) AS r(path)`)}) AS ids`, [
    roots.map((r) => r.path)
  ])
  return rows[0]!.ids
}

/**
 * The cadre's scope in one statement (it runs on every inbox page): their unions, the union
 * picked with `unionId` if it lies inside them, and every union id of the listed subtrees.
 * A `unionId` outside them, real or not, is a 404.
 */
export async function resolveInboxScope(db: Queryable, userId: string, unionId?: string): Promise<InboxScope> {
  const { rows } = await db.query<{ own: ScopeRoot[]; picked: ScopeRoot | null; ids: string[] }>(
    `WITH own AS (SELECT u.id, u.name, u.level, u.path FROM union_cadres uc JOIN unions u ON u.id = uc.union_id WHERE uc.user_id = $1),
     picked AS (SELECT u.id, u.name, u.level, u.path FROM unions u
                WHERE u.id = $2::uuid AND EXISTS (SELECT 1 FROM own o WHERE starts_with(u.path, o.path))),
     tops AS (SELECT path FROM picked
              UNION ALL
              SELECT r.path FROM own r WHERE $2::uuid IS NULL
                AND NOT EXISTS (SELECT 1 FROM own o WHERE o.id <> r.id AND starts_with(r.path, o.path))),
     -- Materialized: each bound is computed once, not once per union compared.
     roots AS MATERIALIZED (SELECT path, ${UPPER} FROM tops)
     SELECT (SELECT coalesce(json_agg(own ORDER BY own.path), '[]') FROM own) AS own,
            (SELECT row_to_json(picked) FROM picked) AS picked,
            (${subtreeIdsSql('SELECT path, upper FROM roots')}) AS ids`,
    [userId, unionId ?? null]
  )
  const r = rows[0]!
  // Checked here rather than by requireCadre: this statement already knows, and the inbox
  // saves a round trip on every page.
  if (r.own.length === 0) throw new AppError('FORBIDDEN', NOT_A_CADRE)
  if (unionId && !r.picked) throw notFound('工会')
  return { userId, picked: r.picked, roots: r.picked ? [r.picked] : topmost(r.own), unionIds: r.ids, own: r.own }
}
