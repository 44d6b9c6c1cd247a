// The legal side of a 法律援助 ticket: one row per case, in legal_cases.
import type { CaseOutcome, CaseStage, CaseType, HelpKind } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'

export interface CaseRow {
  ticket_id: string
  station_id: string
  station_name: string
  station_union_id: string
  case_type: CaseType
  help_wanted: HelpKind
  amount_in_dispute_fen: number | null
  /** YYYY-MM. */
  since: string
  hardship: boolean
  hardship_note: string
  consent_version: string
  consent_at: Date
  lawyer_id: string | null
  lawyer_name: string | null
  stage: CaseStage
  outcome: CaseOutcome | null
  amount_recovered_fen: number | null
  first_response_at: Date | null
  closed_at: Date | null
}

export async function getCase(db: Queryable, ticketId: string, forUpdate = false): Promise<CaseRow | undefined> {
  const { rows } = await db.query<CaseRow>(
    `SELECT c.ticket_id, c.station_id, s.name AS station_name, s.union_id AS station_union_id, c.case_type,
            c.help_wanted, c.amount_in_dispute_fen, to_char(c.since_month, 'YYYY-MM') AS since, c.hardship,
            c.hardship_note, c.consent_version, c.consent_at, c.lawyer_id, lu.display_name AS lawyer_name,
            c.stage, c.outcome, c.amount_recovered_fen, c.first_response_at, c.closed_at
     FROM legal_cases c
     JOIN legal_stations s ON s.id = c.station_id
     LEFT JOIN users lu ON lu.id = c.lawyer_id
     WHERE c.ticket_id = $1 ${forUpdate ? 'FOR UPDATE OF c' : ''}`,
    [ticketId]
  )
  return rows[0]
}

export interface NewCase {
  ticketId: string
  stationId: string
  caseType: CaseType
  helpWanted: HelpKind
  amountInDisputeFen: number | null
  /** YYYY-MM. */
  since: string
  hardship: boolean
  hardshipNote: string
  consentVersion: string
  consentAt: Date
}

export async function insertCase(db: Queryable, c: NewCase): Promise<void> {
  await db.query(
    `INSERT INTO legal_cases (ticket_id, station_id, case_type, help_wanted, amount_in_dispute_fen, since_month,
                              hardship, hardship_note, consent_version, consent_at, stage_changed_at)
     VALUES ($1, $2, $3, $4, $5, ($6 || '-01')::date, $7, $8, $9, $10, $10)`,
    [c.ticketId, c.stationId, c.caseType, c.helpWanted, c.amountInDisputeFen, c.since, c.hardship, c.hardshipNote, c.consentVersion, c.consentAt]
  )
}

export interface CaseChanges {
  lawyer_id?: string
  stage?: CaseStage
  stage_changed_at?: Date
  outcome?: CaseOutcome
  amount_recovered_fen?: number
  first_response_at?: Date
  closed_at?: Date
}

export async function updateCase(db: Queryable, ticketId: string, changes: CaseChanges): Promise<void> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return
  const sets = entries.map(([k], i) => `${k} = $${i + 2}`)
  await db.query(`UPDATE legal_cases SET ${sets.join(', ')} WHERE ticket_id = $1`, [ticketId, ...entries.map(([, v]) => v)])
}

/** An active lawyer of the station, with their name; undefined otherwise. */
export async function stationLawyer(db: Queryable, stationId: string, userId: string): Promise<{ id: string; name: string } | undefined> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT u.id, u.display_name AS name FROM station_lawyers sl JOIN users u ON u.id = sl.user_id
     WHERE sl.station_id = $1 AND sl.user_id = $2 AND sl.active`,
    [stationId, userId]
  )
  return rows[0]
}

export async function listStationLawyers(db: Queryable, stationId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT u.id, u.display_name AS name FROM station_lawyers sl JOIN users u ON u.id = sl.user_id
     WHERE sl.station_id = $1 AND sl.active ORDER BY u.display_name, u.id`,
    [stationId]
  )
  return rows
}
