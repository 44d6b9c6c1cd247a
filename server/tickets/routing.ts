// Where a handler may send a ticket: 派单 goes down (any union below the current one), 转办
// sideways (a union with the same parent). A confidential ticket never goes to an enterprise
// union — the worker's own employer's union least of all.
import type { UnionNode } from '../../types/api'
import type { Queryable } from '../db/pool'
import { toNode, type UnionRow } from '../unions/union-repo'
import type { TicketRow } from './ticket-repo'

type RoutingTicket = Pick<TicketRow, 'current_union_id' | 'current_union_path' | 'current_union_parent_id' | 'confidential' | 'requester_employer_union_id'>

export async function routingTargets(db: Queryable, t: RoutingTicket, action: 'dispatch' | 'transfer'): Promise<UnionNode[]> {
  if (action === 'transfer' && !t.current_union_parent_id) return []
  // $1 selects the candidates: the current union's path (down) or its parent (sideways).
  const candidates = action === 'dispatch' ? "un.path LIKE $1 || '%'" : 'un.parent_id = $1::uuid'
  const { rows } = await db.query<UnionRow>(
    `SELECT un.id, un.parent_id, un.name, un.level, un.region FROM unions un
     WHERE ${candidates} AND un.id <> $2
       AND NOT ($3 AND (un.level = 'enterprise' OR un.id IS NOT DISTINCT FROM $4::uuid))
     ORDER BY length(un.path), un.name`,
    [action === 'dispatch' ? t.current_union_path : t.current_union_parent_id, t.current_union_id, t.confidential, t.requester_employer_union_id]
  )
  return rows.map(toNode)
}
