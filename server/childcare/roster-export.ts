// The 托班 roster as a spreadsheet: one row per sign-up with the child's details, the guardian,
// the attendance totals and a column for every day of the period. A period's roster is bounded
// by its seats plus waitlist and applicants, so it is read whole; the file is still streamed.
import type { Roster, RosterEntry } from '../../types/api-childcare'
import { ENROLMENT_STATE_LABELS, GENDER_LABELS, PRIORITY_GROUP_LABELS, SCHOOL_GRADE_LABELS, type SchoolGrade } from '../../types/childcare'
import type { Queryable } from '../db/pool'
import { exportPhone } from '../exports/masking'
import type { XlsxFile } from '../exports/send-xlsx'
import type { Cell, XlsxColumn } from '../xlsx/xlsx-stream'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** Every date from start to end, inclusive (YYYY-MM-DD). */
export function periodDays(start: string, end: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

const dayHeader = (day: string) => `${day.slice(5)} 周${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`

const FIXED: XlsxColumn[] = [
  { header: '报名编号', width: 18 }, { header: '状态', width: 10 }, { header: '候补位次' }, { header: '孩子姓名', width: 10 },
  { header: '性别', width: 6 }, { header: '出生日期', width: 12 }, { header: '开班时年龄' }, { header: '年级', width: 10 },
  { header: '学校', width: 20 }, { header: '健康情况/过敏', width: 20 }, { header: '紧急联系人' }, { header: '紧急联系电话', width: 15 },
  { header: '家长', width: 10 }, { header: '家长电话', width: 15 }, { header: '优先类别', width: 16 }, { header: '出勤天数' },
  { header: '登记天数' }, { header: '出勤率' }, { header: '备注', width: 20 }
]

export function rosterFile(r: Roster, days: readonly string[]): XlsxFile {
  const date = r.period.startDate
  return {
    fileName: `${r.classTitle}-${r.period.name}-名单及考勤-${date}.xlsx`,
    asciiName: `roster-${date}.xlsx`,
    sheetName: r.period.name,
    columns: [...FIXED, ...days.map((d) => ({ header: dayHeader(d), width: 10 }))]
  }
}

/** Attendance marks of the period: enrolment → day → present. */
export async function attendanceMarks(db: Queryable, periodId: string): Promise<Map<string, Map<string, boolean>>> {
  const { rows } = await db.query<{ enrolment_id: string; day: string; present: boolean }>(
    `SELECT a.enrolment_id, to_char(a.day, 'YYYY-MM-DD') AS day, a.present
     FROM childcare_attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.period_id = $1`,
    [periodId]
  )
  const marks = new Map<string, Map<string, boolean>>()
  for (const m of rows) {
    const days = marks.get(m.enrolment_id) ?? new Map<string, boolean>()
    days.set(m.day, m.present)
    marks.set(m.enrolment_id, days)
  }
  return marks
}

const rate = (present: number, marked: number): Cell => (marked === 0 ? null : `${Math.round((present / marked) * 100)}%`)

/** One spreadsheet row; phones masked unless `full`. */
export function rosterRow(e: RosterEntry, days: readonly string[], marks: Map<string, boolean> | undefined, full: boolean): Cell[] {
  return [
    e.number,
    ENROLMENT_STATE_LABELS[e.state],
    e.waitlistPosition,
    e.child.name,
    GENDER_LABELS[e.child.gender],
    e.child.birthDate,
    e.child.ageAtStart,
    SCHOOL_GRADE_LABELS[e.child.grade as SchoolGrade] ?? String(e.child.grade),
    e.child.school,
    e.child.healthNotes,
    e.child.emergencyName,
    exportPhone(e.child.emergencyPhone, full),
    e.guardianName,
    exportPhone(e.contactPhone, full),
    e.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join('、'),
    e.attendance.present,
    e.attendance.marked,
    rate(e.attendance.present, e.attendance.marked),
    e.note,
    ...days.map((d) => {
      const present = marks?.get(d)
      return present === undefined ? null : present ? '出勤' : '缺勤'
    })
  ]
}
