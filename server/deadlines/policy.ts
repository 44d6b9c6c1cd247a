// How long a union has: per kind and urgency, the nearest ancestor-or-self union's policy
// wins, else these defaults (the 12345 practice: acknowledge within a working day).
import type { DeadlinePolicyView } from '../../types/api'
import { TICKET_KINDS, type TicketKind } from '../../types/enums'
import type { Queryable } from '../db/pool'

export interface Policy {
  ackDays: number
  answerDays: number
}

export const DEFAULT_POLICY: Record<TicketKind, { normal: Policy; urgent: Policy }> = {
  grievance: { normal: { ackDays: 1, answerDays: 5 }, urgent: { ackDays: 1, answerDays: 1 } },
  legal_aid: { normal: { ackDays: 1, answerDays: 5 }, urgent: { ackDays: 1, answerDays: 2 } },
  childcare: { normal: { ackDays: 1, answerDays: 3 }, urgent: { ackDays: 1, answerDays: 1 } }
}

interface PolicyRow {
  kind: TicketKind
  urgent: boolean
  ack_days: number
  answer_days: number
  union_id: string
  union_name: string
}

/** For every kind × urgency, the policy row nearest to the union (itself first). */
async function nearestRows(db: Queryable, unionId: string): Promise<PolicyRow[]> {
  const { rows } = await db.query<PolicyRow>(
    `SELECT DISTINCT ON (p.kind, p.urgent) p.kind, p.urgent, p.ack_days, p.answer_days, a.id AS union_id, a.name AS union_name
     FROM unions u
     JOIN unions a ON u.path LIKE a.path || '%'
     JOIN deadline_policies p ON p.union_id = a.id
     WHERE u.id = $1
     ORDER BY p.kind, p.urgent, length(a.path) DESC`,
    [unionId]
  )
  return rows
}

export async function resolvePolicy(db: Queryable, unionId: string, kind: TicketKind, urgent: boolean): Promise<Policy> {
  const row = (await nearestRows(db, unionId)).find((r) => r.kind === kind && r.urgent === urgent)
  if (row) return { ackDays: row.ack_days, answerDays: row.answer_days }
  return DEFAULT_POLICY[kind][urgent ? 'urgent' : 'normal']
}

export async function listPolicies(db: Queryable, unionId: string): Promise<DeadlinePolicyView[]> {
  const rows = await nearestRows(db, unionId)
  return TICKET_KINDS.flatMap((kind) =>
    [false, true].map((urgent): DeadlinePolicyView => {
      const row = rows.find((r) => r.kind === kind && r.urgent === urgent)
      if (!row) return { kind, urgent, ...DEFAULT_POLICY[kind][urgent ? 'urgent' : 'normal'], source: 'default', sourceUnionName: null }
      return {
        kind,
        urgent,
        ackDays: row.ack_days,
        answerDays: row.answer_days,
        source: row.union_id === unionId ? 'own' : 'inherited',
        sourceUnionName: row.union_name
      }
    })
  )
}

export async function upsertPolicy(
  db: Queryable,
  p: { unionId: string; kind: TicketKind; urgent: boolean; ackDays: number; answerDays: number; userId: string }
): Promise<void> {
  await db.query(
    `INSERT INTO deadline_policies (union_id, kind, urgent, ack_days, answer_days, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (union_id, kind, urgent) DO UPDATE
       SET ack_days = EXCLUDED.ack_days, answer_days = EXCLUDED.answer_days,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [p.unionId, p.kind, p.urgent, p.ackDays, p.answerDays, p.userId]
  )
}
