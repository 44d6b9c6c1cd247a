// The cadres the inbox benchmark logs in as: four townships spread over the range of open
// tickets (the busiest one, then quartiles of those with two full pages), four cities
// (busiest to quietest) and the province, each a new user with one union_cadres row and a
// session (the server sees an ordinary bearer token).
import type pg from 'pg'
import { hashToken, newToken } from '../../../server/auth/tokens'

export type CadreRole = 'township' | 'city' | 'province'

export interface BenchCadre {
  role: CadreRole
  unionId: string
  unionName: string
  /** Open tickets handled in the union's subtree. */
  open: number
  userId: string
  token: string
  /** Ids of every union in the subtree (the union included). */
  subtree: Set<string>
}

interface UnionOpen {
  id: string
  name: string
  open: number
}

const OPEN = `('submitted', 'in_progress', 'awaiting_info')`

async function openBySubtree(db: pg.Pool, level: CadreRole): Promise<UnionOpen[]> {
  const { rows } = await db.query<UnionOpen>(
    `WITH per_union AS (SELECT current_union_id AS id, count(*)::int AS n FROM tickets WHERE status IN ${OPEN} GROUP BY 1)
     SELECT r.id, r.name, coalesce(sum(p.n), 0)::int AS open
     FROM unions r JOIN unions u ON u.path LIKE r.path || '%' LEFT JOIN per_union p ON p.id = u.id
     WHERE r.level = $1 GROUP BY r.id, r.name ORDER BY open DESC, r.id`,
    [level]
  )
  return rows
}

/** Positions 0, ¼, ½, ¾ of a list (distinct when it has four or more). */
const spread = <T>(list: T[]): T[] => [0, 0.25, 0.5, 0.75].map((f) => list[Math.floor(f * list.length)]!).filter((x, i, a) => a.indexOf(x) === i)

async function makeCadre(db: pg.Pool, role: CadreRole, u: UnionOpen): Promise<BenchCadre> {
  const { rows } = await db.query<{ id: string }>(
    `WITH c AS (INSERT INTO users (display_name, phone) VALUES ($2, '13600000000') RETURNING id),
     m AS (INSERT INTO union_cadres (union_id, user_id, title) SELECT $1, id, '压测干部' FROM c)
     SELECT id FROM c`,
    [u.id, `压测${u.name.replace(/总工会$/, '')}干部`]
  )
  const userId = rows[0]!.id
  const token = newToken()
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [userId, hashToken(token)])
  const sub = await db.query<{ id: string }>(`SELECT u.id FROM unions r JOIN unions u ON u.path LIKE r.path || '%' WHERE r.id = $1`, [u.id])
  return { role, unionId: u.id, unionName: u.name, open: u.open, userId, token, subtree: new Set(sub.rows.map((r) => r.id)) }
}

/** `minOpen`: a township must have this many open tickets (two full pages and more). */
export async function benchCadres(db: pg.Pool, minOpen: number): Promise<{ townships: BenchCadre[]; cities: BenchCadre[]; province: BenchCadre }> {
  const towns = (await openBySubtree(db, 'township')).filter((t) => t.open >= minOpen)
  const cities = (await openBySubtree(db, 'city')).filter((c) => c.open >= minOpen)
  const [province] = await openBySubtree(db, 'province')
  if (towns.length === 0 || cities.length === 0 || !province) throw new Error(`no township or city has ${minOpen} open tickets: generate more`)
  const cityPicks = [cities[0]!, cities[Math.floor(cities.length / 3)]!, cities[Math.floor((2 * cities.length) / 3)]!, cities[cities.length - 1]!]
  return {
    townships: await Promise.all(spread(towns).map((t) => makeCadre(db, 'township', t))),
    cities: await Promise.all(cityPicks.filter((x, i, a) => a.indexOf(x) === i).map((c) => makeCadre(db, 'city', c))),
    province: await makeCadre(db, 'province', province)
  }
}
