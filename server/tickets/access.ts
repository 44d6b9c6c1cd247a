// Who someone is to a ticket — the one place that decides access. The requester; a cadre of
// the union handling it now (handler); a cadre of any union above that one (supervisor).
// Cadres of other unions, including the one that handed it on sideways, see nothing.
import type { ActorRole, UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface TicketAccess {
  roles: ActorRole[]
  /** The union the viewer acts for as supervisor: the nearest one above the handler they serve. */
  supervisorUnionId: string | null
  /** Unions of the viewer that cover the ticket, with their levels. */
  cadreUnions: { id: string; level: UnionLevel }[]
}

export async function accessFor(
  db: Queryable,
  userId: string,
  ticket: { requester_id: string; current_union_id: string; current_union_path: string }
): Promise<TicketAccess> {
  const { rows } = await db.query<{ id: string; level: UnionLevel }>(
    `SELECT un.id, un.level FROM union_cadres uc JOIN unions un ON un.id = uc.union_id
     WHERE uc.user_id = $1 AND $2 LIKE un.path || '%'
     ORDER BY length(un.path) DESC`,
    [userId, ticket.current_union_path]
  )
  const roles: ActorRole[] = []
  if (ticket.requester_id === userId) roles.push('requester')
  if (rows.some((r) => r.id === ticket.current_union_id)) roles.push('handler')
  const above = rows.filter((r) => r.id !== ticket.current_union_id)
  if (above.length > 0) roles.push('supervisor')
  return { roles, supervisorUnionId: above[0]?.id ?? null, cadreUnions: rows }
}

export function isCadreView(access: TicketAccess): boolean {
  return access.roles.includes('handler') || access.roles.includes('supervisor')
}

/** A worker who asked for confidentiality is not identified to cadres of an enterprise union —
 * their own employer's union above all — who may be their employer's own people. */
export function hidesIdentity(access: TicketAccess, ticket: { confidential: boolean; requester_employer_union_id: string | null }): boolean {
  if (!ticket.confidential || access.roles.includes('requester')) return false
  if (access.cadreUnions.some((u) => u.id === ticket.requester_employer_union_id)) return true
  return access.cadreUnions.every((u) => u.level === 'enterprise')
}
