import type { AllocationMode, PriorityGroup } from '../../types/childcare'
import type { ClassSave } from '../../types/schemas/childcare'
import type { Queryable } from '../db/pool'

export interface PeriodRow {
  id: string
  name: string
  start_date: string
  end_date: string
  daily_start: string
  daily_end: string
  capacity: number
  taken: number
  waiting: number
  waitlist_limit: number
}

export interface ClassRow {
  id: string
  union_id: string
  union_name: string
  union_path: string
  title: string
  season: string
  address: string
  latitude: number | null
  longitude: number | null
  description: string
  age_min: number | null
  age_max: number | null
  grade_min: number | null
  grade_max: number | null
  fee: number
  bring: string
  priority_groups: PriorityGroup[]
  allocation_mode: AllocationMode
  opens_at: Date
  closes_at: Date
  draw_at: Date | null
  drawn_at: Date | null
  review_required: boolean
  one_period_per_child: boolean
  claim_hours: number
  cancel_cutoff_hours: number
  attendance_threshold: number
  waitlist_limit: number
  published_at: Date | null
  periods: PeriodRow[]
}

export const PERIOD_JSON = `json_build_object('id', p.id, 'name', p.name,
  'start_date', to_char(p.start_date, 'YYYY-MM-DD'), 'end_date', to_char(p.end_date, 'YYYY-MM-DD'),
  'daily_start', to_char(p.daily_start, 'HH24:MI'), 'daily_end', to_char(p.daily_end, 'HH24:MI'),
  'capacity', p.capacity, 'taken', p.taken, 'waiting', p.waiting, 'waitlist_limit', p.waitlist_limit)`

const SELECT_CLASS = `
  SELECT c.id, c.union_id, u.name AS union_name, u.path AS union_path, c.title, c.season, c.address, c.latitude, c.longitude, c.description,
         c.age_min, c.age_max, c.grade_min, c.grade_max, c.fee, c.bring, c.priority_groups, c.allocation_mode,
         c.opens_at, c.closes_at, c.draw_at, c.drawn_at, c.review_required, c.one_period_per_child, c.claim_hours,
         c.cancel_cutoff_hours, c.attendance_threshold, c.waitlist_limit, c.published_at,
         coalesce((SELECT json_agg(${PERIOD_JSON} ORDER BY p.position) FROM childcare_periods p WHERE p.class_id = c.id), '[]') AS periods
  FROM childcare_classes c JOIN unions u ON u.id = c.union_id`

export async function findClass(db: Queryable, id: string): Promise<ClassRow | undefined> {
  const { rows } = await db.query<ClassRow>(`${SELECT_CLASS} WHERE c.id = $1`, [id])
  return rows[0]
}

/** Published classes whose last period has not ended (Shanghai date): the live catalogue. */
export async function listLiveClasses(db: Queryable, now: Date): Promise<ClassRow[]> {
  const { rows } = await db.query<ClassRow>(
    `${SELECT_CLASS}
     WHERE c.published_at IS NOT NULL
       AND EXISTS (SELECT 1 FROM childcare_periods p WHERE p.class_id = c.id
                   AND p.end_date >= ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)
     ORDER BY c.opens_at, c.id`,
    [now]
  )
  return rows
}

export async function listClassesOfCadre(db: Queryable, userId: string): Promise<ClassRow[]> {
  const { rows } = await db.query<ClassRow>(
    `${SELECT_CLASS} WHERE c.union_id IN (SELECT union_id FROM union_cadres WHERE user_id = $1)
     ORDER BY c.created_at DESC, c.id DESC LIMIT 200`,
    [userId]
  )
  return rows
}

export interface PeriodCounts {
  period_id: string
  held: number
  pending_review: number
  offered: number
}

export async function periodCounts(db: Queryable, classIds: string[]): Promise<PeriodCounts[]> {
  const { rows } = await db.query<PeriodCounts>(
    `SELECT period_id, count(*) FILTER (WHERE state = 'held')::int AS held,
            count(*) FILTER (WHERE state = 'pending_review')::int AS pending_review,
            count(*) FILTER (WHERE state = 'offered')::int AS offered
     FROM enrolments WHERE class_id = ANY($1::uuid[]) GROUP BY period_id`,
    [classIds]
  )
  return rows
}

const CLASS_FIELDS = (c: ClassSave): unknown[] => [
  c.unionId, c.title, c.season, c.address, c.latitude, c.longitude, c.description, c.ageMin, c.ageMax, c.gradeMin, c.gradeMax,
  c.fee, c.bring, c.priorityGroups, c.allocationMode, c.opensAt, c.closesAt, c.allocationMode === 'lottery' ? c.drawAt : null,
  c.reviewRequired, c.onePeriodPerChild, c.claimHours, c.cancelCutoffHours, c.attendanceThreshold, c.waitlistLimit
]

async function insertPeriods(db: Queryable, classId: string, c: ClassSave): Promise<void> {
  await db.query(
    `INSERT INTO childcare_periods (class_id, position, name, start_date, end_date, daily_start, daily_end, capacity, waitlist_limit)
     SELECT $1, ord, p->>'name', (p->>'startDate')::date, (p->>'endDate')::date, (p->>'dailyStart')::time,
            (p->>'dailyEnd')::time, (p->>'capacity')::int, $3
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(p, ord)`,
    [classId, JSON.stringify(c.periods), c.waitlistLimit]
  )
}

export async function insertClass(db: Queryable, userId: string, c: ClassSave, now: Date): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO childcare_classes (union_id, title, season, address, latitude, longitude, description, age_min, age_max,
       grade_min, grade_max, fee, bring, priority_groups, allocation_mode, opens_at, closes_at, draw_at, review_required,
       one_period_per_child, claim_hours, cancel_cutoff_hours, attendance_threshold, waitlist_limit, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $26)
     RETURNING id`,
    [...CLASS_FIELDS(c), userId, now]
  )
  const id = rows[0]!.id
  await insertPeriods(db, id, c)
  return id
}

/** Rewrites a draft (nobody can have signed up to a draft, so its periods are replaced). */
export async function updateDraftClass(db: Queryable, id: string, c: ClassSave, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE childcare_classes SET union_id = $1, title = $2, season = $3, address = $4, latitude = $5, longitude = $6,
       description = $7, age_min = $8, age_max = $9, grade_min = $10, grade_max = $11, fee = $12, bring = $13,
       priority_groups = $14, allocation_mode = $15, opens_at = $16, closes_at = $17, draw_at = $18, review_required = $19,
       one_period_per_child = $20, claim_hours = $21, cancel_cutoff_hours = $22, attendance_threshold = $23,
       waitlist_limit = $24, updated_at = $26
     WHERE id = $25 AND published_at IS NULL`,
    [...CLASS_FIELDS(c), id, now]
  )
  if (!rowCount) return false
  await db.query('DELETE FROM childcare_periods WHERE class_id = $1', [id])
  await insertPeriods(db, id, c)
  return true
}

export async function publishClass(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE childcare_classes SET published_at = $2, updated_at = $2 WHERE id = $1 AND published_at IS NULL',
    [id, now]
  )
  return (rowCount ?? 0) > 0
}
