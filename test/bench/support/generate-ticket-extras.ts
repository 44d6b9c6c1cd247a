// What goes with the generated tickets: a legal_cases row for every 法律援助 ticket (at its
// county's station, its stage matching the ticket's status) and 督办 on a few % of the
// grievances that missed a deadline. Random draws hash the ticket number, so they are the
// same on every run.
import type pg from 'pg'
import { CASE_OUTCOMES, CASE_TYPES, HELP_KINDS, LEGAL_CONSENT_VERSION } from '../../../types/legal-aid'

const draw = (salt: number) => `((hashtextextended(t.number, ${salt}) & 2147483647)::float8 / 2147483648)`
const pickFrom = (items: readonly string[], salt: number) => `(ARRAY[${items.map((i) => `'${i}'`).join(', ')}])[1 + floor(${draw(salt)} * ${items.length})::int]`

export async function insertLegalCases(db: pg.PoolClient): Promise<number> {
  const { rowCount } = await db.query(
    `WITH lw AS (SELECT station_id, array_agg(user_id ORDER BY user_id) AS ids FROM station_lawyers GROUP BY station_id)
     INSERT INTO legal_cases (ticket_id, station_id, case_type, help_wanted, amount_in_dispute_fen, since_month, hardship,
       consent_version, consent_at, lawyer_id, stage, stage_changed_at, outcome, amount_recovered_fen, first_response_at, closed_at)
     SELECT t.id, s.id, ${pickFrom(CASE_TYPES, 1)}, ${pickFrom(HELP_KINDS, 2)}, x.dispute,
            date_trunc('month', (t.created_at AT TIME ZONE 'Asia/Shanghai') - floor(${draw(3)} * 12) * interval '1 month')::date,
            ${draw(4)} < 0.15, $1, t.created_at,
            CASE WHEN t.acknowledged_at IS NOT NULL THEN lw.ids[1 + floor(${draw(5)} * array_length(lw.ids, 1))::int] END,
            x.stage, coalesce(t.answered_at, t.acknowledged_at, t.created_at),
            CASE WHEN x.stage = 'closed' THEN x.outcome END,
            CASE WHEN x.stage = 'closed' THEN CASE WHEN x.outcome IN ('advice', 'withdrawn', 'referred') THEN 0
                                                   ELSE floor(x.dispute * (0.4 + 0.6 * ${draw(6)}))::bigint END END,
            CASE WHEN x.stage = 'closed' THEN t.acknowledged_at + (t.answered_at - t.acknowledged_at) * 0.3
                 WHEN t.status IN ('in_progress', 'awaiting_info') AND t.due_at IS NULL THEN least(t.acknowledged_at + interval '1 hour', coalesce(t.paused_at, t.updated_at)) END,
            CASE WHEN x.stage = 'closed' THEN t.answered_at END
     FROM tickets t
     JOIN legal_stations s ON s.union_id = t.current_union_id
     JOIN lw ON lw.station_id = s.id
     CROSS JOIN LATERAL (SELECT
         (100000 + floor(power(${draw(7)}, 2) * 20000000))::bigint AS dispute,
         ${pickFrom(CASE_OUTCOMES, 8)} AS outcome,
         CASE WHEN t.status IN ('answered', 'closed') THEN 'closed'
              WHEN t.status IN ('in_progress', 'awaiting_info') THEN ${pickFrom(['consultation', 'consultation', 'mediation', 'mediation', 'arbitration', 'litigation'], 9)}
              ELSE 'consultation' END AS stage
       OFFSET 0) x
     WHERE t.kind = 'legal_aid'`,
    [LEGAL_CONSENT_VERSION]
  )
  return rowCount ?? 0
}

/** 督办 as the deadline sweep raises them (at the parent of the handling union, keyed by the
 * missed deadline): open on 15 % of the open grievances whose clock has run out, settled on
 * 20 % of the answered ones that were late to 签收 or to 答复. */
export async function insertSupervisions(db: pg.PoolClient, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO supervisions (ticket_id, union_id, handling_union_id, reason, trigger_key, created_at, resolved_at)
     SELECT t.id, u.parent_id, t.current_union_id, x.reason,
            x.reason || ':' || to_char(x.due AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), x.due,
            CASE WHEN t.status IN ('answered', 'closed') THEN t.answered_at END
     FROM tickets t JOIN unions u ON u.id = t.current_union_id
     CROSS JOIN LATERAL (SELECT
         CASE WHEN t.status = 'submitted' OR (t.status <> 'in_progress' AND t.acknowledged_at > t.ack_due_at) THEN 'ack_overdue' ELSE 'answer_overdue' END AS reason,
         CASE WHEN t.status = 'submitted' OR (t.status <> 'in_progress' AND t.acknowledged_at > t.ack_due_at) THEN t.ack_due_at ELSE t.answer_due_at END AS due
       OFFSET 0) x
     WHERE t.kind = 'grievance' AND u.parent_id IS NOT NULL
       AND ((t.status IN ('submitted', 'in_progress') AND t.due_at < $1 AND ${draw(20)} < 0.15)
         OR (t.status IN ('answered', 'closed') AND (t.acknowledged_at > t.ack_due_at OR t.answered_at > t.answer_due_at) AND ${draw(21)} < 0.2))`,
    [now]
  )
  return rowCount ?? 0
}
