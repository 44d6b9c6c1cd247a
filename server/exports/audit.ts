// Every export is a trace in the append-only audit_log, written before the first row leaves, so
// a download that breaks off midway is on record too.
import type { Queryable } from '../db/pool'

export type ExportAction = 'export.tickets' | 'export.childcare_roster' | 'export.legal_cases'

export interface ExportRecord {
  actorId: string
  action: ExportAction
  /** The union whose data it is (the picked or only root); null when it spans several. */
  unionId: string | null
  /** What was exported: the filter, whether phones were masked. */
  detail: Record<string, unknown>
}

export async function recordExport(db: Queryable, r: ExportRecord): Promise<void> {
  await db.query('INSERT INTO audit_log (actor_id, action, union_id, detail) VALUES ($1, $2, $3, $4)', [
    r.actorId,
    r.action,
    r.unionId,
    JSON.stringify(r.detail)
  ])
}
