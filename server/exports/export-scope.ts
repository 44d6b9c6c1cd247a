// Whose rows a download may contain is decided again when the link is opened: the link names
// the cadre, and the cadre's unions, flags and scope are read now, not trusted from the link.
import type { Queryable } from '../db/pool'
import { AppError } from '../errors'
import type { InboxScope } from '../workbench/inbox-scope'
import { resolveInboxScope } from '../workbench/inbox-scope'

/** The scope of a download's cadre; 403 once they serve no union, 404 for a union outside it. */
export async function downloadScope(db: Queryable, actorId: string, unionId: string | undefined): Promise<InboxScope> {
  const scope = await resolveInboxScope(db, actorId, unionId)
  if (scope.own.length === 0) throw new AppError('FORBIDDEN', '工作台仅限工会干部使用')
  return scope
}

/** The union an audit row names: the picked one, or the only root; null when it spans several. */
export function auditUnion(scope: InboxScope): string | null {
  if (scope.picked) return scope.picked.id
  return scope.roots.length === 1 ? (scope.roots[0]?.id ?? null) : null
}

/** File names start with the union when the export is one union's subtree. */
export function scopeLabel(scope: InboxScope): string {
  if (scope.picked) return `${scope.picked.name}-`
  return scope.roots.length === 1 ? `${scope.roots[0]?.name}-` : ''
}
