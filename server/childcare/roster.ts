import type { AttendanceSheet, Roster, RosterEntry } from '../../types/api-childcare'
import type { EnrolmentState, Gender, PriorityGroup } from '../../types/childcare'
import type { AttendanceSave } from '../../types/schemas/childcare'
import type { Queryable } from '../db/pool'
import { invalid, notFound } from '../errors'
import { isCadreOf } from '../unions/cadre-scope'
import { findClass, periodCounts } from './class-repo'
import { toAdminView } from './class-view'
import { WAITLIST_POSITION } from './enrolment-repo'

interface PeriodOwner {
  class_id: string
  union_id: string
  start_date: string
  end_date: string
}

export async function findPeriodOwner(db: Queryable, periodId: string): Promise<PeriodOwner | undefined> {
  const { rows } = await db.query<PeriodOwner>(
    `SELECT p.class_id, c.union_id, to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date
     FROM childcare_periods p JOIN childcare_classes c ON c.id = p.class_id WHERE p.id = $1`,
    [periodId]
  )
  return rows[0]
}

/** The period, if this cadre belongs to the union running its class; 404 for anyone else. */
export async function periodForCadre(db: Queryable, periodId: string, userId: string): Promise<PeriodOwner> {
  const p = await findPeriodOwner(db, periodId)
  if (!p || !(await isCadreOf(db, userId, p.union_id))) throw notFound('托班班期')
  return p
}

interface RosterRow {
  id: string
  number: string
  state: EnrolmentState
  name: string
  gender: Gender
  birth_date: string
  age_at_start: number
  grade_at_start: number
  school: string
  health_notes: string
  emergency_name: string
  emergency_phone: string
  guardian_name: string
  contact_phone: string
  priority_groups: PriorityGroup[]
  waitlist_position: number | null
  claim_by: Date | null
  note: string
  present: number
  marked: number
  created_at: Date
}

const ORDER = `CASE WHEN e.state IN ('held', 'pending_review', 'offered') THEN 0 WHEN e.state = 'waitlisted' THEN 1
                    WHEN e.state = 'applied' THEN 2 ELSE 3 END, e.waitlist_seq NULLS LAST, e.created_at, e.id`

async function rosterRows(db: Queryable, periodId: string): Promise<RosterRow[]> {
  const { rows } = await db.query<RosterRow>(
    `SELECT e.id, t.number, e.state, ch.name, ch.gender, to_char(ch.birth_date, 'YYYY-MM-DD') AS birth_date,
            extract(year FROM age(p.start_date, ch.birth_date))::int AS age_at_start,
            (ch.grade + childcare_school_year(p.start_date) - childcare_school_year(ch.grade_as_of))::int AS grade_at_start,
            ch.school, ch.health_notes, ch.emergency_name, ch.emergency_phone, us.display_name AS guardian_name,
            e.contact_phone, e.priority_groups,
            CASE WHEN e.state = 'waitlisted' THEN ${WAITLIST_POSITION} END AS waitlist_position,
            CASE WHEN e.state = 'offered' THEN e.claim_by END AS claim_by, e.note,
            (SELECT count(*) FILTER (WHERE a.present)::int FROM childcare_attendance a WHERE a.enrolment_id = e.id) AS present,
            (SELECT count(*)::int FROM childcare_attendance a WHERE a.enrolment_id = e.id) AS marked,
            e.created_at
     FROM enrolments e JOIN tickets t ON t.id = e.id JOIN children ch ON ch.id = e.child_id
     JOIN childcare_periods p ON p.id = e.period_id JOIN users us ON us.id = e.guardian_id
     WHERE e.period_id = $1 ORDER BY ${ORDER}`,
    [periodId]
  )
  return rows
}

function toEntry(r: RosterRow): RosterEntry {
  return {
    enrolmentId: r.id,
    number: r.number,
    state: r.state,
    child: {
      name: r.name,
      gender: r.gender,
      birthDate: r.birth_date,
      ageAtStart: r.age_at_start,
      grade: r.grade_at_start,
      school: r.school,
      healthNotes: r.health_notes,
      emergencyName: r.emergency_name,
      emergencyPhone: r.emergency_phone
    },
    guardianName: r.guardian_name,
    contactPhone: r.contact_phone,
    priorityGroups: r.priority_groups,
    waitlistPosition: r.waitlist_position,
    claimBy: r.claim_by?.toISOString() ?? null,
    note: r.note,
    attendance: { present: r.present, marked: r.marked },
    createdAt: r.created_at.toISOString()
  }
}

export async function getRoster(db: Queryable, periodId: string, owner: PeriodOwner, now: Date): Promise<Roster> {
  const c = await findClass(db, owner.class_id)
  if (!c) throw notFound('托班班期')
  const view = toAdminView(c, await periodCounts(db, [c.id]), now)
  const period = view.periods.find((p) => p.id === periodId)
  if (!period) throw notFound('托班班期')
  const { rows: days } = await db.query<{ day: string }>(
    `SELECT DISTINCT to_char(a.day, 'YYYY-MM-DD') AS day FROM childcare_attendance a JOIN enrolments e ON e.id = a.enrolment_id
     WHERE e.period_id = $1 ORDER BY day`,
    [periodId]
  )
  return {
    classId: c.id,
    classTitle: c.title,
    union: { id: c.union_id, name: c.union_name },
    period,
    entries: (await rosterRows(db, periodId)).map(toEntry),
    attendanceDays: days.map((d) => d.day)
  }
}

const today = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

function checkDay(owner: PeriodOwner, date: string, now: Date): void {
  if (date < owner.start_date || date > owner.end_date) throw invalid({ date: '该日期不在班期内' })
  if (date > today(now)) throw invalid({ date: '不能登记未来日期的出勤' })
}

export async function getAttendance(db: Queryable, periodId: string, owner: PeriodOwner, date: string): Promise<AttendanceSheet> {
  if (date < owner.start_date || date > owner.end_date) throw invalid({ date: '该日期不在班期内' })
  const { rows } = await db.query<{ id: string; name: string; present: boolean | null }>(
    `SELECT e.id, ch.name, a.present FROM enrolments e JOIN children ch ON ch.id = e.child_id
     LEFT JOIN childcare_attendance a ON a.enrolment_id = e.id AND a.day = $2
     WHERE e.period_id = $1 AND e.state = 'held' ORDER BY ch.name, e.id`,
    [periodId, date]
  )
  return { date, entries: rows.map((r) => ({ enrolmentId: r.id, childName: r.name, present: r.present })) }
}

export async function saveAttendance(db: Queryable, periodId: string, owner: PeriodOwner, date: string, input: AttendanceSave, userId: string, now: Date): Promise<void> {
  checkDay(owner, date, now)
  const ids = input.marks.map((m) => m.enrolmentId)
  if (new Set(ids).size !== ids.length) throw invalid({ marks: '同一孩子不能重复登记' })
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM enrolments WHERE id = ANY($1::uuid[]) AND period_id = $2 AND state = 'held'`,
    [ids, periodId]
  )
  if ((rows[0]?.n ?? 0) !== ids.length) throw invalid({ marks: '名单已变化（有孩子不在本班期），请刷新后重新登记' })
  await db.query(
    `INSERT INTO childcare_attendance (enrolment_id, day, present, marked_by, marked_at)
     SELECT m.id, $2::date, m.present, $3, $4 FROM unnest($1::uuid[], $5::boolean[]) AS m(id, present)
     ON CONFLICT (enrolment_id, day) DO UPDATE SET present = EXCLUDED.present, marked_by = EXCLUDED.marked_by, marked_at = EXCLUDED.marked_at`,
    [ids, date, userId, now, input.marks.map((m) => m.present)]
  )
}
