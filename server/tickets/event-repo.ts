import type { ActorRole, EventVisibility, TicketEventKind, TicketStatus } from '../../types/enums'
import type { Queryable } from '../db/pool'

/** Action-specific facts kept with an event (ratings on 确认解决, days on 延期). */
export interface EventData {
  speed?: number
  attitude?: number
  result?: number
  days?: number
}

export interface EventRow {
  id: string
  action: TicketEventKind
  actor_name: string | null
  actor_role: ActorRole
  actor_union_id: string | null
  actor_union_name: string | null
  to_union_id: string | null
  to_union_name: string | null
  reason_code: string | null
  from_status: TicketStatus | null
  to_status: TicketStatus
  body: string
  visibility: EventVisibility
  data: EventData
  created_at: Date
}

export interface NewEvent {
  ticketId: string
  action: TicketEventKind
  /** Null only for the system (the deadline job). */
  actorId: string | null
  actorRole: ActorRole
  actorUnionId?: string | null
  toUnionId?: string | null
  reasonCode?: string | null
  fromStatus: TicketStatus | null
  toStatus: TicketStatus
  body: string
  visibility: EventVisibility
  data?: EventData
  clientRequestId?: string
}

export async function insertEvent(db: Queryable, e: NewEvent): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO ticket_events (ticket_id, action, actor_id, actor_role, actor_union_id, to_union_id, reason_code,
                                from_status, to_status, body, visibility, data, client_request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING id::text`,
    [e.ticketId, e.action, e.actorId, e.actorRole, e.actorUnionId ?? null, e.toUnionId ?? null, e.reasonCode ?? null,
      e.fromStatus, e.toStatus, e.body, e.visibility, JSON.stringify(e.data ?? {}), e.clientRequestId ?? null]
  )
  return rows[0]!.id
}

export async function eventExists(db: Queryable, ticketId: string, actorId: string, clientRequestId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM ticket_events WHERE ticket_id = $1 AND actor_id = $2 AND client_request_id = $3',
    [ticketId, actorId, clientRequestId]
  )
  return (rowCount ?? 0) > 0
}

export async function listEvents(db: Queryable, ticketId: string, includeInternal: boolean): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT e.id::text AS id, e.action, u.display_name AS actor_name, e.actor_role,
            e.actor_union_id, au.name AS actor_union_name, e.to_union_id, tu.name AS to_union_name,
            e.reason_code, e.from_status, e.to_status, e.body, e.visibility, e.data, e.created_at
     FROM ticket_events e
     LEFT JOIN users u ON u.id = e.actor_id
     LEFT JOIN unions au ON au.id = e.actor_union_id
     LEFT JOIN unions tu ON tu.id = e.to_union_id
     WHERE e.ticket_id = $1 AND ($2 OR e.visibility = 'public')
     ORDER BY e.id`,
    [ticketId, includeInternal]
  )
  return rows
}

/** The union that dispatched the ticket to `unionId` most recently, for a 退单 that lands
 * there to be returnable further up in turn. */
export async function dispatcherOf(db: Queryable, ticketId: string, unionId: string): Promise<string | null> {
  const { rows } = await db.query<{ actor_union_id: string | null }>(
    `SELECT actor_union_id FROM ticket_events
     WHERE ticket_id = $1 AND action = 'dispatch' AND to_union_id = $2
     ORDER BY id DESC LIMIT 1`,
    [ticketId, unionId]
  )
  return rows[0]?.actor_union_id ?? null
}
