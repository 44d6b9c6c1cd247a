import type { GrievanceCategory, TicketKind, TicketStatus, UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface TicketRow {
  id: string
  number: string
  kind: TicketKind
  status: TicketStatus
  requester_id: string
  requester_name: string
  target_union_id: string
  target_union_name: string
  target_union_path: string
  target_union_level: UnionLevel
  category: GrievanceCategory
  title: string
  description: string
  employer: string
  contact_phone: string
  confidential: boolean
  rating: number | null
  reopen_count: number
  created_at: Date
  updated_at: Date
}

const SELECT_TICKET = `
  SELECT t.id, t.number, t.kind, t.status, t.requester_id, u.display_name AS requester_name,
         t.target_union_id, un.name AS target_union_name, un.path AS target_union_path,
         un.level AS target_union_level, t.category, t.title, t.description, t.employer,
         t.contact_phone, t.confidential, t.rating, t.reopen_count, t.created_at, t.updated_at
  FROM tickets t
  JOIN users u ON u.id = t.requester_id
  JOIN unions un ON un.id = t.target_union_id`

export async function getTicket(db: Queryable, id: string, forUpdate = false): Promise<TicketRow | undefined> {
  const { rows } = await db.query<TicketRow>(`${SELECT_TICKET} WHERE t.id = $1 ${forUpdate ? 'FOR UPDATE OF t' : ''}`, [id])
  return rows[0]
}

const NUMBER_PREFIX: Record<TicketKind, string> = { grievance: 'SS', childcare: 'TB', legal_aid: 'FY' }

export interface NewGrievance {
  requesterId: string
  targetUnionId: string
  category: GrievanceCategory
  title: string
  description: string
  employer: string
  contactPhone: string
  confidential: boolean
  clientRequestId: string
}

/** Returns the new ticket's id, or undefined when this clientRequestId was already used. */
export async function insertGrievance(db: Queryable, g: NewGrievance): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, category, title,
                          description, employer, contact_phone, confidential, client_request_id)
     VALUES ($1 || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
               || lpad(nextval('ticket_number_seq')::text, 6, '0'),
             'grievance', 'submitted', $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (requester_id, client_request_id) DO NOTHING
     RETURNING id`,
    [NUMBER_PREFIX.grievance, g.requesterId, g.targetUnionId, g.category, g.title, g.description,
      g.employer, g.contactPhone, g.confidential, g.clientRequestId]
  )
  return rows[0]?.id
}

export async function findTicketByClientRequest(db: Queryable, requesterId: string, clientRequestId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM tickets WHERE requester_id = $1 AND client_request_id = $2',
    [requesterId, clientRequestId]
  )
  return rows[0]?.id
}

export async function updateTicketState(
  db: Queryable,
  id: string,
  change: { status: TicketStatus; rating?: number; reopened?: boolean }
): Promise<void> {
  await db.query(
    `UPDATE tickets SET status = $2, rating = coalesce($3, rating),
            reopen_count = reopen_count + CASE WHEN $4 THEN 1 ELSE 0 END, updated_at = now()
     WHERE id = $1`,
    [id, change.status, change.rating ?? null, change.reopened ?? false]
  )
}
