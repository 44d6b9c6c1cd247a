import type { Page, TicketDetail, TicketSummary } from '../../types/api'
import type { TicketAction, TicketStatus } from '../../types/enums'
import type { GrievanceSubmitInput } from '../../types/schemas/grievance'
import type { TicketActionInput } from '../../types/schemas/ticket-action'
import { request, resolveFileUrl } from './request'

function withFileUrls(t: TicketDetail): TicketDetail {
  return { ...t, attachments: t.attachments.map((a) => ({ ...a, url: resolveFileUrl(a.url) })) }
}

async function detail(promise: Promise<TicketDetail>): Promise<TicketDetail> {
  return withFileUrls(await promise)
}

export type InboxFilter = TicketStatus | 'open'

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

export function takeTicketAction<A extends TicketAction>(id: string, action: A, body: TicketActionInput<A>): Promise<TicketDetail> {
  return detail(request<TicketDetail>('POST', `/tickets/${encodeURIComponent(id)}/actions/${action}`, { data: body }))
}

export function fetchInbox(status: InboxFilter, cursor?: string | null): Promise<Page<TicketSummary>> {
  return request<Page<TicketSummary>>('GET', '/workbench/tickets', { query: { status, cursor: cursor ?? undefined } })
}
