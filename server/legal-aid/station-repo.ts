// Legal-aid stations, who works at them and who runs them.
import type { LegalStation } from '../../types/api-legal-aid'
import type { Queryable } from '../db/pool'

interface StationRow {
  id: string
  name: string
  union_id: string
  union_name: string
  union_path: string
  address: string
  phone: string
  distance_km: number | null
}

const SELECT = `
  SELECT s.id, s.name, s.union_id, un.name AS union_name, un.path AS union_path, s.address, s.phone`
const FROM = `FROM legal_stations s JOIN unions un ON un.id = s.union_id`

function toStation(r: StationRow, suggestedId: string | undefined): LegalStation {
  return {
    id: r.id,
    name: r.name,
    union: { id: r.union_id, name: r.union_name },
    address: r.address,
    phone: r.phone,
    distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10,
    suggested: r.id === suggestedId
  }
}

/** Every station; nearest first when the worker shared a location (haversine, km). Suggested:
 * the nearest, else the station of the closest union above the worker's employer. */
export async function listStations(db: Queryable, userId: string, at: { lat?: number; lng?: number }): Promise<LegalStation[]> {
  const located = at.lat !== undefined && at.lng !== undefined
  const { rows } = await db.query<StationRow>(
    `${SELECT},
       CASE WHEN $1::float8 IS NULL OR s.lat IS NULL THEN NULL ELSE
         2 * 6371 * asin(sqrt(power(sin(radians(s.lat - $1) / 2), 2)
           + cos(radians($1)) * cos(radians(s.lat)) * power(sin(radians(s.lng - $2) / 2), 2))) END AS distance_km
     ${FROM}
     ORDER BY distance_km ASC NULLS LAST, un.path, s.name`,
    [located ? at.lat : null, located ? at.lng : null]
  )
  let suggested = located ? rows.find((r) => r.distance_km !== null)?.id : undefined
  if (!suggested) {
    const { rows: mine } = await db.query<{ path: string }>(
      'SELECT un.path FROM users u JOIN unions un ON un.id = u.employer_union_id WHERE u.id = $1',
      [userId]
    )
    const path = mine[0]?.path
    if (path) suggested = rows.filter((r) => path.startsWith(r.union_path)).sort((a, b) => b.union_path.length - a.union_path.length)[0]?.id
  }
  return rows.map((r) => toStation(r, suggested))
}

export async function findStation(db: Queryable, id: string): Promise<(LegalStation & { unionPath: string }) | undefined> {
  const { rows } = await db.query<StationRow>(`${SELECT}, NULL::float8 AS distance_km ${FROM} WHERE s.id = $1`, [id])
  const r = rows[0]
  return r ? { ...toStation(r, undefined), unionPath: r.union_path } : undefined
}

/** Stations this person works at (as a lawyer) or runs (as a cadre of the station's union). */
export async function myStations(db: Queryable, userId: string): Promise<LegalStation[]> {
  const { rows } = await db.query<StationRow>(
    `${SELECT}, NULL::float8 AS distance_km ${FROM}
     WHERE EXISTS (SELECT 1 FROM station_lawyers sl WHERE sl.station_id = s.id AND sl.user_id = $1 AND sl.active)
        OR EXISTS (SELECT 1 FROM union_cadres uc WHERE uc.union_id = s.union_id AND uc.user_id = $1)
     ORDER BY un.path, s.name`,
    [userId]
  )
  return rows.map((r) => toStation(r, undefined))
}

/** How someone relates to a station: runs it (cadre of its union), works at it, or neither. */
export async function stationRole(db: Queryable, userId: string, stationId: string): Promise<'cadre' | 'lawyer' | undefined> {
  const { rows } = await db.query<{ cadre: boolean; lawyer: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM union_cadres uc WHERE uc.union_id = s.union_id AND uc.user_id = $1) AS cadre,
            EXISTS (SELECT 1 FROM station_lawyers sl WHERE sl.station_id = s.id AND sl.user_id = $1 AND sl.active) AS lawyer
     FROM legal_stations s WHERE s.id = $2`,
    [userId, stationId]
  )
  const r = rows[0]
  return r?.cadre ? 'cadre' : r?.lawyer ? 'lawyer' : undefined
}
