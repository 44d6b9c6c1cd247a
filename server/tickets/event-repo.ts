import type { ActorRole, EventVisibility, TicketStatus } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface EventRow {
  id: string
  action: string
  actor_name: string
  actor_role: ActorRole
  from_status: TicketStatus | null
  to_status: TicketStatus
  body: string
  visibility: EventVisibility
  rating: number | null
  created_at: Date
}

export interface NewEvent {
  ticketId: string
  action: string
  actorId: string
  actorRole: ActorRole
  fromStatus: TicketStatus | null
  toStatus: TicketStatus
  body: string
  visibility: EventVisibility
  rating?: number
  clientRequestId?: string
}

export async function insertEvent(db: Queryable, e: NewEvent): Promise<void> {
  await db.query(
    `INSERT INTO ticket_events (ticket_id, action, actor_id, actor_role, from_status, to_status,
                                body, visibility, rating, client_request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [e.ticketId, e.action, e.actorId, e.actorRole, e.fromStatus, e.toStatus, e.body, e.visibility,
      e.rating ?? null, e.clientRequestId ?? null]
  )
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
    `SELECT e.id::text AS id, e.action, u.display_name AS actor_name, e.actor_role, e.from_status,
            e.to_status, e.body, e.visibility, e.rating, e.created_at
     FROM ticket_events e JOIN users u ON u.id = e.actor_id
     WHERE e.ticket_id = $1 AND ($2 OR e.visibility = 'public')
     ORDER BY e.id`,
    [ticketId, includeInternal]
  )
  return rows
}
