// The union tree of a province-sized benchmark: 1 province → 11 cities → 8–9 counties each
// (≈ 90) → 12–16 townships each (≈ 1,300), with a 法律援助 station and two duty lawyers at
// every county. Built in memory from a seed (same tree every run), inserted with a few
// unnest() statements.
import type pg from 'pg'
import type { UnionLevel } from '../../../types/enums'
import { seededRandom, type Rng } from './seeded-random'

export interface TreeCounts {
  cities: number
  counties: number
  townships: number
  stations: number
}

interface NewUnion {
  id: string
  parentId: string | null
  name: string
  level: UnionLevel
  region: string
  path: string
}

const CITIES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水']
// Two characters from these make plausible, mostly distinct place names.
const FIRST = '安宝长东丰凤福高海和横华江金锦开兰乐临龙梅南平清庆瑞三山上石双泰桃天新兴阳永玉云长镇竹'
const SECOND = '安滨城川东峰港湖华江岭龙门宁浦桥山水塘亭田溪霞仙阳源洲庄口渚坞岙埠'
const COUNTY_SUFFIX = ['区', '县', '市']
const TOWNSHIP_SUFFIX = ['街道', '镇', '镇', '乡']

function placeName(rng: Rng, used: Set<string>, suffixes: readonly string[]): string {
  for (;;) {
    const name = `${rng.pick([...FIRST])}${rng.pick([...SECOND])}${rng.pick(suffixes)}`
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
}

function buildTree(seed: number): NewUnion[] {
  const rng = seededRandom(seed)
  const used = new Set<string>()
  const out: NewUnion[] = []
  const add = (parent: NewUnion | null, name: string, level: UnionLevel, region: string): NewUnion => {
    const id = rng.uuid()
    const u = { id, parentId: parent?.id ?? null, name, level, region, path: `${parent?.path ?? '/'}${id}/` }
    out.push(u)
    return u
  }
  const province = add(null, '浙江省总工会', 'province', '浙江省')
  for (const city of CITIES) {
    const c = add(province, `${city}市总工会`, 'city', `浙江省${city}市`)
    const counties = rng.int(8, 9)
    for (let k = 0; k < counties; k++) {
      const countyName = placeName(rng, used, COUNTY_SUFFIX)
      const county = add(c, `${countyName}总工会`, 'county', `${c.region}${countyName}`)
      const townships = rng.int(12, 16)
      for (let j = 0; j < townships; j++) {
        const townName = placeName(rng, used, TOWNSHIP_SUFFIX)
        add(county, `${townName}总工会`, 'township', `${county.region}${townName}`)
      }
    }
  }
  return out
}

/** Inserts the tree, the county stations and their lawyers. `seed` fixes every id and name. */
export async function generateUnionTree(db: pg.Pool | pg.PoolClient, seed: number): Promise<TreeCounts> {
  const unions = buildTree(seed)
  // Parents first: the parent_id foreign key checks each row as it goes in.
  await db.query(
    `INSERT INTO unions (id, parent_id, name, level, region, path)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])`,
    [unions.map((u) => u.id), unions.map((u) => u.parentId), unions.map((u) => u.name), unions.map((u) => u.level), unions.map((u) => u.region), unions.map((u) => u.path)]
  )
  const counties = unions.filter((u) => u.level === 'county')
  const rng = seededRandom(seed + 1)
  const stations = counties.map((c) => ({ id: rng.uuid(), unionId: c.id, name: `${c.name.replace(/总工会$/, '')}职工法律援助站`, lawyers: [rng.uuid(), rng.uuid()] }))
  await db.query(
    `INSERT INTO legal_stations (id, union_id, name, address, phone)
     SELECT id, union_id, name, name || '（职工服务中心一楼）', '0571-8800' || lpad(ord::text, 4, '0')
     FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS s(id, union_id, name, ord)`,
    [stations.map((s) => s.id), stations.map((s) => s.unionId), stations.map((s) => s.name)]
  )
  const lawyers = stations.flatMap((s) => s.lawyers.map((userId, i) => ({ stationId: s.id, userId, name: `${s.name.slice(0, 2)}律师${i + 1}` })))
  await db.query(
    `WITH l AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS l(station_id, user_id, name)),
     u AS (INSERT INTO users (id, display_name, phone, is_lawyer) SELECT user_id, name, '13700000000', true FROM l)
     INSERT INTO station_lawyers (station_id, user_id) SELECT station_id, user_id FROM l`,
    [lawyers.map((l) => l.stationId), lawyers.map((l) => l.userId), lawyers.map((l) => l.name)]
  )
  return {
    cities: unions.filter((u) => u.level === 'city').length,
    counties: counties.length,
    townships: unions.filter((u) => u.level === 'township').length,
    stations: stations.length
  }
}
