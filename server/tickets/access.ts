// Who someone is to a ticket — the one place that decides access. The requester; a cadre of
// the union handling it now (handler); a cadre of any union above that one (supervisor).
// Cadres of other unions, including the one that handed it on sideways, see nothing.
// 法律援助 is sensitive personal information: besides the requester only the handling union's
// cadres and the station's lawyers (the assigned one acts as `lawyer`, the others may read and
// leave notes as `station_lawyer`) see it; unions above do not.
import type { ActorRole, TicketKind, UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface TicketAccess {
  roles: ActorRole[]
  /** The union the viewer acts for as supervisor: the nearest one above the handler they serve. */
  supervisorUnionId: string | null
  /** Unions of the viewer that cover the ticket, with their levels. */
  cadreUnions: { id: string; level: UnionLevel }[]
}

export interface AccessTicket {
  id: string
  kind: TicketKind
  requester_id: string
  current_union_id: string
  current_union_path: string
}

async function lawyerRole(db: Queryable, userId: string, ticketId: string): Promise<ActorRole | undefined> {
  const { rows } = await db.query<{ assigned: boolean }>(
    `SELECT c.lawyer_id = $1 AS assigned FROM legal_cases c
     JOIN station_lawyers sl ON sl.station_id = c.station_id AND sl.user_id = $1 AND sl.active
     WHERE c.ticket_id = $2`,
    [userId, ticketId]
  )
  const row = rows[0]
  if (!row) return undefined
  return row.assigned ? 'lawyer' : 'station_lawyer'
}

export async function accessFor(db: Queryable, userId: string, ticket: AccessTicket): Promise<TicketAccess> {
  const { rows } = await db.query<{ id: string; level: UnionLevel }>(
    `SELECT un.id, un.level FROM union_cadres uc JOIN unions un ON un.id = uc.union_id
     WHERE uc.user_id = $1 AND $2 LIKE un.path || '%'
     ORDER BY length(un.path) DESC`,
    [userId, ticket.current_union_path]
  )
  const legal = ticket.kind === 'legal_aid'
  const roles: ActorRole[] = []
  if (ticket.requester_id === userId) roles.push('requester')
  if (rows.some((r) => r.id === ticket.current_union_id)) roles.push('handler')
  const above = legal ? [] : rows.filter((r) => r.id !== ticket.current_union_id)
  if (above.length > 0) roles.push('supervisor')
  if (legal) {
    const lawyer = await lawyerRole(db, userId, ticket.id)
    if (lawyer) roles.push(lawyer)
  }
  const cadreUnions = legal ? rows.filter((r) => r.id === ticket.current_union_id) : rows
  return { roles, supervisorUnionId: above[0]?.id ?? null, cadreUnions }
}

/** Sees what the union side sees: internal notes, extensions, 督办. */
export function isCadreView(access: TicketAccess): boolean {
  return access.roles.some((r) => r === 'handler' || r === 'supervisor' || r === 'lawyer' || r === 'station_lawyer')
}

/** A worker who asked for confidentiality is not identified to cadres of an enterprise union —
 * their own employer's union above all — who may be their employer's own people. */
export function hidesIdentity(access: TicketAccess, ticket: { confidential: boolean; requester_employer_union_id: string | null }): boolean {
  if (!ticket.confidential || access.roles.includes('requester')) return false
  if (access.cadreUnions.some((u) => u.id === ticket.requester_employer_union_id)) return true
  return access.cadreUnions.length > 0 && access.cadreUnions.every((u) => u.level === 'enterprise')
}
