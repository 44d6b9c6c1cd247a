// Workbench administration: alerts, the holiday calendar, 常用回复 and 答复时限.
import type { CalendarStatus, CannedReply, DeadlinePolicyView, WorkbenchAlerts } from '../../types/api'
import type { CalendarOverrideInput, CannedReplyInput, DeadlinePolicyInput } from '../../types/schemas/workflow-admin'
import { request } from './request'

export function fetchWorkbenchAlerts(): Promise<WorkbenchAlerts> {
  return request<WorkbenchAlerts>('GET', '/workbench/alerts')
}

export function fetchCalendarStatus(): Promise<CalendarStatus> {
  return request<CalendarStatus>('GET', '/workbench/calendar')
}

export function addCalendarOverride(input: CalendarOverrideInput): Promise<CalendarStatus> {
  return request<CalendarStatus>('POST', '/workbench/calendar/overrides', { data: input })
}

/** `date` is YYYY-MM-DD. */
export function removeCalendarOverride(date: string): Promise<CalendarStatus> {
  return request<CalendarStatus>('DELETE', `/workbench/calendar/overrides/${encodeURIComponent(date)}`)
}

/** Confirm that every day of the State Council notice for `year` is entered (province/city admins). */
export function confirmCalendarYear(year: number): Promise<CalendarStatus> {
  return request<CalendarStatus>('POST', `/workbench/calendar/years/${encodeURIComponent(String(year))}/confirm`)
}

/** Withdraw that confirmation: the year counts as missing again (404 when it was not confirmed). */
export function unconfirmCalendarYear(year: number): Promise<CalendarStatus> {
  return request<CalendarStatus>('DELETE', `/workbench/calendar/years/${encodeURIComponent(String(year))}/confirm`)
}

/** Every canned reply of the cadre's unions, or of one of them. */
export function fetchCannedRepliesForManage(unionId?: string): Promise<CannedReply[]> {
  return request<CannedReply[]>('GET', '/workbench/canned-replies', { query: { unionId } })
}

export function createCannedReply(input: CannedReplyInput): Promise<CannedReply> {
  return request<CannedReply>('POST', '/workbench/canned-replies', { data: input })
}

export function updateCannedReply(id: string, input: CannedReplyInput): Promise<CannedReply> {
  return request<CannedReply>('PUT', `/workbench/canned-replies/${encodeURIComponent(id)}`, { data: input })
}

export function deleteCannedReply(id: string): Promise<void> {
  return request<void>('DELETE', `/workbench/canned-replies/${encodeURIComponent(id)}`)
}

export function fetchDeadlinePolicies(unionId: string): Promise<DeadlinePolicyView[]> {
  return request<DeadlinePolicyView[]>('GET', `/workbench/unions/${encodeURIComponent(unionId)}/deadline-policies`)
}

export function saveDeadlinePolicy(unionId: string, input: DeadlinePolicyInput): Promise<DeadlinePolicyView[]> {
  return request<DeadlinePolicyView[]>('PUT', `/workbench/unions/${encodeURIComponent(unionId)}/deadline-policies`, { data: input })
}
