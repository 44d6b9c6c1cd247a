// Who someone is to a ticket. The one place that decides access: the requester, and the
// cadres of the target union or of any union above it.
import type { ActorRole, UnionLevel } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface TicketAccess {
  roles: ActorRole[]
  /** Levels of the viewer's unions that cover the ticket (empty when not a cadre of it). */
  cadreLevels: UnionLevel[]
}

export async function accessFor(
  db: Queryable,
  userId: string,
  ticket: { requester_id: string; target_union_path: string }
): Promise<TicketAccess> {
  const { rows } = await db.query<{ level: UnionLevel }>(
    `SELECT un.level FROM union_cadres uc JOIN unions un ON un.id = uc.union_id
     WHERE uc.user_id = $1 AND $2 LIKE un.path || '%'`,
    [userId, ticket.target_union_path]
  )
  const roles: ActorRole[] = []
  if (ticket.requester_id === userId) roles.push('requester')
  if (rows.length > 0) roles.push('cadre')
  return { roles, cadreLevels: rows.map((r) => r.level) }
}

/** A worker who asked for confidentiality is not identified to cadres of an enterprise union,
 * who may be their employer's own people. */
export function hidesIdentity(access: TicketAccess, confidential: boolean): boolean {
  if (!confidential || access.roles.includes('requester')) return false
  return access.cadreLevels.every((l) => l === 'enterprise')
}
