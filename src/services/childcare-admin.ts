// 爱心托班, the union's side: classes, rosters, review, attendance and the Excel export.
import type { AttendanceSheet, ClassAdminView, EnrolmentView, Roster, RosterExport } from '../../types/api-childcare'
import type { AttendanceSave, ClassSave } from '../../types/schemas/childcare'
import { request } from './request'

const id = (value: string) => encodeURIComponent(value)

/** Classes of the unions this cadre belongs to, newest first. */
export function fetchManagedClasses(): Promise<ClassAdminView[]> {
  return request<ClassAdminView[]>('GET', '/workbench/childcare/classes')
}

export function fetchManagedClass(classId: string): Promise<ClassAdminView> {
  return request<ClassAdminView>('GET', `/workbench/childcare/classes/${id(classId)}`)
}

/** Saved as a draft; parents see it only once published. */
export function createClass(input: ClassSave): Promise<ClassAdminView> {
  return request<ClassAdminView>('POST', '/workbench/childcare/classes', { data: input })
}

/** Drafts only (409 once published). */
export function updateClass(classId: string, input: ClassSave): Promise<ClassAdminView> {
  return request<ClassAdminView>('PUT', `/workbench/childcare/classes/${id(classId)}`, { data: input })
}

export function publishClass(classId: string): Promise<ClassAdminView> {
  return request<ClassAdminView>('POST', `/workbench/childcare/classes/${id(classId)}/publish`)
}

export function fetchRoster(periodId: string): Promise<Roster> {
  return request<Roster>('GET', `/workbench/childcare/periods/${id(periodId)}/roster`)
}

/** `date` is YYYY-MM-DD. */
export function fetchAttendance(periodId: string, date: string): Promise<AttendanceSheet> {
  return request<AttendanceSheet>('GET', `/workbench/childcare/periods/${id(periodId)}/attendance/${id(date)}`)
}

export function saveAttendance(periodId: string, date: string, input: AttendanceSave): Promise<AttendanceSheet> {
  return request<AttendanceSheet>('PUT', `/workbench/childcare/periods/${id(periodId)}/attendance/${id(date)}`, { data: input })
}

/** A 10-minute signed link to the roster as .xlsx. */
export function exportRoster(periodId: string): Promise<RosterExport> {
  return request<RosterExport>('POST', `/workbench/childcare/periods/${id(periodId)}/roster-export`)
}

/** 审核通过 / 审核不通过 (a reason is required to refuse). */
export function reviewEnrolment(enrolmentId: string, decision: 'approve' | 'reject', reason = ''): Promise<EnrolmentView> {
  return request<EnrolmentView>('POST', `/childcare/enrolments/${id(enrolmentId)}/actions/${decision}`, { data: { reason } })
}
