import type { ActionResponse, Page, RoutingTargets, TicketDetail, TicketEvent, TicketSummary } from '../../types/api'
import type { TicketAction, TicketStatus } from '../../types/enums'
import type { GrievanceSubmitInput } from '../../types/schemas/grievance'
import type { TicketActionInput } from '../../types/schemas/ticket-action'
import type { InboxFilterQuery } from '../../types/schemas/workbench'
import { isHandedOver } from '../utils/action-response'
import { request, resolveFileUrl } from './request'

function withEventFileUrls(e: TicketEvent): TicketEvent {
  return { ...e, attachments: e.attachments.map((a) => ({ ...a, url: resolveFileUrl(a.url) })) }
}

function withFileUrls(t: TicketDetail): TicketDetail {
  return {
    ...t,
    attachments: t.attachments.map((a) => ({ ...a, url: resolveFileUrl(a.url) })),
    events: t.events.map(withEventFileUrls)
  }
}

async function detail(promise: Promise<TicketDetail>): Promise<TicketDetail> {
  return withFileUrls(await promise)
}

/** `open` = the union still owes something (default); `all` = every status. */
export type InboxStatus = TicketStatus | 'open' | 'all'
/** `created` = newest first; `due` = the nearest deadline first. */
export type InboxSort = 'created' | 'due'

/** The inbox filter (types/schemas/workbench.ts) as the app holds it: every field optional,
 * `supervised` as a boolean rather than the query string's 'true'/'false'. */
export type InboxQuery = Omit<InboxFilterQuery, 'supervised' | 'status' | 'sort'> & {
  status?: InboxStatus
  sort?: InboxSort
  /** Only tickets with an open 督办. */
  supervised?: boolean
}

export type RoutingAction = RoutingTargets['action']

/** 201 with the new ticket, or 200 with the same ticket when clientRequestId was used before. */
export function submitGrievance(input: GrievanceSubmitInput): Promise<TicketDetail> {
  return detail(request<TicketDetail>('POST', '/grievances', { data: input }))
}

export function fetchMyTickets(cursor?: string | null): Promise<Page<TicketSummary>> {
  return request<Page<TicketSummary>>('GET', '/tickets/mine', { query: { cursor: cursor ?? undefined } })
}

export function fetchTicket(id: string): Promise<TicketDetail> {
  return detail(request<TicketDetail>('GET', `/tickets/${encodeURIComponent(id)}`))
}

/** The ticket as it is now, or — after 退单 / 转办 out of the actor's unions — where it went. */
export async function takeTicketAction<A extends TicketAction>(id: string, action: A, body: TicketActionInput<A>): Promise<ActionResponse> {
  const response = await request<ActionResponse>('POST', `/tickets/${encodeURIComponent(id)}/actions/${action}`, { data: body })
  return isHandedOver(response) ? response : withFileUrls(response)
}

/** The cadre's inbox, keyset-paged: pass the previous page's `nextCursor` with the same query. */
export function fetchInbox(query: InboxQuery, cursor?: string | null): Promise<Page<TicketSummary>> {
  return request<Page<TicketSummary>>('GET', '/workbench/tickets', { query: { ...inboxQueryString(query), cursor: cursor ?? undefined } })
}

/** The filter as GET /api/workbench/tickets (and the 台账 export) read it; unset fields are left out. */
export function inboxQueryString(query: InboxQuery): Record<string, string | undefined> {
  return {
    unionId: query.unionId,
    kind: query.kind,
    status: query.status,
    light: query.light,
    category: query.category,
    from: query.from,
    to: query.to,
    q: query.q?.trim() ? query.q.trim() : undefined,
    supervised: query.supervised ? 'true' : undefined,
    sort: query.sort
  }
}

/** Unions the handler may 派单 or 转办 this ticket to. */
export function fetchRoutingTargets(ticketId: string, action: RoutingAction): Promise<RoutingTargets> {
  return request<RoutingTargets>('GET', `/workbench/tickets/${encodeURIComponent(ticketId)}/routing`, { query: { action } })
}
