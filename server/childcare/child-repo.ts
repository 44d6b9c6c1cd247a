import type { ChildProfile } from '../../types/api-childcare'
import { CHILD_CONSENT_VERSION, HEALTH_CONSENT_VERSION, type Gender } from '../../types/childcare'
import type { ChildProfileSave } from '../../types/schemas/childcare'
import type { Queryable } from '../db/pool'

interface ChildRow {
  id: string
  name: string
  gender: Gender
  birth_date: string
  grade: number
  school: string
  health_notes: string
  emergency_name: string
  emergency_phone: string
  consent_version: string
  consent_at: Date
  health_consent_version: string | null
  health_consent_at: Date | null
}

// Dates leave PostgreSQL as text so no time zone can shift a birthday.
const COLUMNS = `id, name, gender, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, grade, school, health_notes,
  emergency_name, emergency_phone, consent_version, consent_at, health_consent_version, health_consent_at`

function toProfile(r: ChildRow): ChildProfile {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    grade: r.grade,
    school: r.school,
    healthNotes: r.health_notes,
    emergencyName: r.emergency_name,
    emergencyPhone: r.emergency_phone,
    consentVersion: r.consent_version,
    consentAt: r.consent_at.toISOString(),
    healthConsentVersion: r.health_consent_version,
    healthConsentAt: r.health_consent_at?.toISOString() ?? null,
    consentCurrent: r.consent_version === CHILD_CONSENT_VERSION && (r.health_notes === '' || r.health_consent_version === HEALTH_CONSENT_VERSION)
  }
}

export async function listChildren(db: Queryable, guardianId: string): Promise<ChildProfile[]> {
  const { rows } = await db.query<ChildRow>(
    `SELECT ${COLUMNS} FROM children WHERE guardian_id = $1 AND erased_at IS NULL ORDER BY created_at, id`,
    [guardianId]
  )
  return rows.map(toProfile)
}

export async function findChild(db: Queryable, guardianId: string, id: string): Promise<ChildProfile | undefined> {
  const { rows } = await db.query<ChildRow>(`SELECT ${COLUMNS} FROM children WHERE id = $1 AND guardian_id = $2 AND erased_at IS NULL`, [id, guardianId])
  return rows[0] ? toProfile(rows[0]) : undefined
}

// Consent times are the server's: a consent given again keeps its first time unless the
// version changed, so the record says when this text was agreed to.
const VALUES = `name = $3, gender = $4, birth_date = $5, grade = $6, grade_as_of = ($7::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, school = $8,
  health_notes = $9, emergency_name = $10, emergency_phone = $11,
  consent_at = CASE WHEN children.consent_version = $12 THEN children.consent_at ELSE $7 END, consent_version = $12,
  health_consent_at = CASE WHEN $13::text IS NULL THEN NULL
                           WHEN children.health_consent_version = $13 THEN children.health_consent_at ELSE $7 END,
  health_consent_version = $13, updated_at = $7`

function params(guardianId: string, id: string, c: ChildProfileSave, now: Date): unknown[] {
  return [id, guardianId, c.name, c.gender, c.birthDate, c.grade, now, c.school, c.healthNotes, c.emergencyName, c.emergencyPhone, c.consentVersion, c.healthConsentVersion]
}

export async function insertChild(db: Queryable, guardianId: string, c: ChildProfileSave, now: Date): Promise<ChildProfile> {
  const { rows } = await db.query<ChildRow>(
    `INSERT INTO children (guardian_id, name, gender, birth_date, grade, grade_as_of, school, health_notes, emergency_name,
                           emergency_phone, consent_version, consent_at, health_consent_version, health_consent_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, ($6::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, $7, $8, $9, $10, $11, $6,
             $12, CASE WHEN $12::text IS NULL THEN NULL ELSE $6::timestamptz END, $6, $6)
     RETURNING ${COLUMNS}`,
    [guardianId, c.name, c.gender, c.birthDate, c.grade, now, c.school, c.healthNotes, c.emergencyName, c.emergencyPhone, c.consentVersion, c.healthConsentVersion]
  )
  return toProfile(rows[0]!)
}

export async function updateChild(db: Queryable, guardianId: string, id: string, c: ChildProfileSave, now: Date): Promise<ChildProfile | undefined> {
  const { rows } = await db.query<ChildRow>(
    `UPDATE children SET ${VALUES} WHERE id = $1 AND guardian_id = $2 AND erased_at IS NULL RETURNING ${COLUMNS}`,
    params(guardianId, id, c, now)
  )
  return rows[0] ? toProfile(rows[0]) : undefined
}

export type RemoveOutcome = 'deleted' | 'erased' | 'active' | 'missing'

/** Deleting a child: refused while a sign-up is alive; a child with past sign-ups keeps an
 * anonymous row (old rosters keep their shape), all details wiped; otherwise the row goes. */
export async function removeChild(db: Queryable, guardianId: string, id: string, now: Date): Promise<RemoveOutcome> {
  const { rows } = await db.query<{ outcome: RemoveOutcome }>(
    `WITH c AS (SELECT id FROM children WHERE id = $1 AND guardian_id = $2 AND erased_at IS NULL FOR UPDATE),
          e AS (SELECT count(*) FILTER (WHERE state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered')) AS live,
                       count(*) AS total
                FROM enrolments WHERE child_id IN (SELECT id FROM c))
     SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM c) THEN 'missing'
                 WHEN (SELECT live FROM e) > 0 THEN 'active'
                 WHEN (SELECT total FROM e) > 0 THEN 'erased'
                 ELSE 'deleted' END AS outcome`,
    [id, guardianId]
  )
  const outcome = rows[0]?.outcome ?? 'missing'
  if (outcome === 'deleted') await db.query('DELETE FROM children WHERE id = $1', [id])
  if (outcome === 'erased') {
    await db.query(
      `UPDATE children SET name = '（已删除）', birth_date = DATE '2000-01-01', school = '', health_notes = '',
         emergency_name = '', emergency_phone = '', health_consent_version = NULL, health_consent_at = NULL,
         erased_at = $2, updated_at = $2 WHERE id = $1`,
      [id, now]
    )
  }
  return outcome
}

/** Whether saving would change the birth date or grade of a child with a live sign-up, whose
 * age/grade was checked against its period when it signed up. */
export async function changesCheckedFacts(db: Queryable, guardianId: string, id: string, c: ChildProfileSave): Promise<boolean> {
  const { rows } = await db.query<{ changes: boolean }>(
    `SELECT (ch.birth_date <> $3::date OR ch.grade <> $4) AND EXISTS (
              SELECT 1 FROM enrolments e WHERE e.child_id = ch.id
              AND e.state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered')) AS changes
     FROM children ch WHERE ch.id = $1 AND ch.guardian_id = $2 AND ch.erased_at IS NULL`,
    [id, guardianId, c.birthDate, c.grade]
  )
  return rows[0]?.changes ?? false
}
