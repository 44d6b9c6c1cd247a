// The cadre workbench's inbox header and union pickers (the inbox list itself is fetchInbox in
// ./tickets). Both answer only about unions inside the cadre's own subtrees; any other id is a 404.
import type { InboxCounts, ScopeUnion } from '../../types/api-workbench'
import { request } from './request'

/** Open tickets by status (exact) and the deadline/督办 figures (capped at COUNT_CAP, `capped` → "999+")
 * for the subtree of `unionId`, or of all the cadre's unions when it is left out. */
export function fetchInboxCounts(unionId?: string | null): Promise<InboxCounts> {
  return request<InboxCounts>('GET', '/workbench/counts', { query: { unionId: unionId ?? undefined } })
}

/** Without `parentId`: the unions the cadre serves. With it: that union's children. */
export function fetchScopeUnions(parentId?: string | null): Promise<ScopeUnion[]> {
  return request<ScopeUnion[]>('GET', '/workbench/unions', { query: { parentId: parentId ?? undefined } })
}
