// Phone numbers leave the system in full only for cadres their union trusts with them
// (union_cadres.full_export, which covers that union's subtree); everyone else exports 138****5678.
import type { Queryable } from '../db/pool'

/**
 * Hides four digits before the last four (138****5678, 0574-****3456, +86 138 **** 5678);
 * shorter numbers keep only their last two digits, so a short number is never mostly readable.
 * Separators stay where they are.
 */
export function maskPhone(phone: string): string {
  const digits = [...phone].filter((ch) => ch >= '0' && ch <= '9').length
  const keepTail = digits >= 8 ? 4 : digits >= 3 ? 2 : 0
  const maskFrom = digits >= 8 ? digits - 8 : 0
  let seen = 0
  let out = ''
  for (const ch of phone) {
    if (ch < '0' || ch > '9') {
      out += ch
      continue
    }
    out += seen >= maskFrom && seen < digits - keepTail ? '*' : ch
    seen += 1
  }
  return out
}

/** The phone as this export may show it. */
export const exportPhone = (phone: string | null, full: boolean): string | null =>
  phone === null || full ? phone : maskPhone(phone)

/** Whether the user holds full_export at the union with this path or at a union above it. */
export async function mayExportFull(db: Queryable, userId: string, unionPath: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM union_cadres uc JOIN unions u ON u.id = uc.union_id
     WHERE uc.user_id = $1 AND uc.full_export AND starts_with($2, u.path) LIMIT 1`,
    [userId, unionPath]
  )
  return (rowCount ?? 0) > 0
}

/** Full only when every union of the export is covered by a flag. */
export async function mayExportFullAll(db: Queryable, userId: string, unionPaths: readonly string[]): Promise<boolean> {
  if (unionPaths.length === 0) return false
  const each = await Promise.all(unionPaths.map((p) => mayExportFull(db, userId, p)))
  return each.every(Boolean)
}

/** mayExportFull for a union given by id. */
export async function mayExportFullAtUnion(db: Queryable, userId: string, unionId: string): Promise<boolean> {
  const { rows } = await db.query<{ path: string }>('SELECT path FROM unions WHERE id = $1', [unionId])
  return rows[0] ? mayExportFull(db, userId, rows[0].path) : false
}
