// The people of the demo history: workers who filed the past requests (never the demo
// accounts, whose own lists the app's tests rely on) and one cadre for each demo union that
// has no demo cadre, so every union in the tree can sign for and answer its tickets.
// None of them has a demo login or an openid: nobody can sign in as them.
import type { Db } from '../db/pool'
import type { Rng } from './history-random'

/** Where a worker lives and works: 宁海县, or the city districts (海曙/鄞州). */
export type Area = 'nh' | 'city'

export interface HistoryWorker {
  id: string
  name: string
  phone: string
  area: Area
  /** Key of the union of their employer (a courier company), if it has one. */
  employerUnion: string | null
}

const NINGHAI = '王建国 李春梅 张伟 刘洋洋 陈小红 杨志强 黄丽萍 赵东升 周文斌 吴秀兰 徐海波 孙红霞 胡建平 朱玉芬 高明 林晓燕 何军 郭春生 马丽 罗志明 梁秀珍 宋国庆 郑海燕 谢永福 韩小军 唐慧敏 冯建华 董雪梅'.split(' ')
const CITY = '曹志刚 许婷婷 邓海军 彭丽君 曾德胜 蒋晓东 蔡美玲 余建波 潘文静 田野'.split(' ')
/** Couriers at 顺达 (sd) and 中通 (zt), whose enterprises have unions. */
const EMPLOYERS: Record<string, string> = { 张伟: 'sd', 陈小红: 'sd', 何军: 'sd', 杨志强: 'zt', 马丽: 'zt', 谢永福: 'zt' }

/** Union key → [name, title] of its cadre in the history. */
const EXTRA_CADRES: Record<string, readonly [string, string]> = {
  ty: ['林芳', '主席'],
  xd: ['胡志刚', '主席'],
  wy: ['郑伟', '主席'],
  zt: ['刘晓峰', '工会主席'],
  hs: ['孙悦', '权益保障部部长'],
  nm: ['钱进', '主席'],
  yz: ['冯涛', '权益保障部部长'],
  wm: ['何静', '主席']
}

const DAY = 86_400_000

/** Inserts the workers (signed up some weeks before `start`) and the extra cadres; returns
 * the workers and the cadre user id of every union key that has one now. */
export async function insertHistoryPeople(
  db: Db,
  rng: Rng,
  unions: Record<string, string>,
  cadres: Record<string, string>,
  start: Date
): Promise<{ workers: HistoryWorker[]; cadreOf: Record<string, string> }> {
  const workers: HistoryWorker[] = []
  const people = [...NINGHAI.map((n) => [n, 'nh'] as const), ...CITY.map((n) => [n, 'city'] as const)]
  for (const [i, [name, area]] of people.entries()) {
    const phone = `13${rng.pick(['5', '6', '7', '8', '9'])}0574${String(i * 137 + rng.int(0, 99)).padStart(4, '0')}`
    const employerUnion = EMPLOYERS[name] ?? null
    const { rows } = await db.query<{ id: string }>(
      'INSERT INTO users (display_name, phone, employer_union_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id',
      [name, phone, employerUnion ? unions[employerUnion] : null, new Date(start.getTime() - rng.int(1, 60) * DAY)]
    )
    workers.push({ id: rows[0]!.id, name, phone, area, employerUnion })
  }
  const cadreOf = { ...cadres }
  for (const [key, [name, title]] of Object.entries(EXTRA_CADRES)) {
    const { rows } = await db.query<{ id: string }>(
      'INSERT INTO users (display_name, phone, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id',
      [name, `0574-${rng.int(55000000, 88999999)}`, new Date(start.getTime() - 120 * DAY)]
    )
    await db.query('INSERT INTO union_cadres (union_id, user_id, title) VALUES ($1, $2, $3)', [unions[key], rows[0]!.id, title])
    cadreOf[key] = rows[0]!.id
  }
  return { workers, cadreOf }
}
