// The cadre workbench's dashboard and 台账 exports. (Inbox counters and the union picker's
// scope are in ./workbench; the inbox list itself is fetchInbox in ./tickets.)
import type { Dashboard, ExportLink } from '../../types/api-workbench'
import type { DashboardQuery } from '../../types/schemas/workbench'
import { request, type Query } from './request'
import { inboxQueryString, type InboxQuery } from './tickets'

/** Body of the legal-aid case export: one union subtree (default: all of the cadre's), a range. */
export interface LegalCaseExportQuery {
  unionId?: string
  from?: string
  to?: string
}

/** Figures for one union subtree over [from, to] (server default: the last 30 days). */
export function fetchDashboard(query: DashboardQuery): Promise<Dashboard> {
  const q: Query = { unionId: query.unionId, from: query.from, to: query.to }
  return request<Dashboard>('GET', '/workbench/dashboard', { query: q })
}

/** A short-lived link to the .xlsx of exactly what the inbox lists for `query`: the body is the
 * same filter fetchInbox sends as its query string. */
export function requestTicketExport(query: InboxQuery): Promise<ExportLink> {
  return request<ExportLink>('POST', '/workbench/exports/tickets', { data: inboxQueryString(query) })
}

/** A short-lived link to the .xlsx of the legal-aid cases of a subtree. */
export function requestLegalCaseExport(query: LegalCaseExportQuery): Promise<ExportLink> {
  return request<ExportLink>('POST', '/workbench/exports/legal-cases', { data: query })
}
