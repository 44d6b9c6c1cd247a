// The opening minute: thousands of parents refresh the catalogue and seat counts at once.
// They are served from memory, rebuilt at most once per TTL per process, and concurrent misses
// share one database read. Seat counts are maintained counters, so the rebuild is one query.
import type { Queryable } from '../db/pool'
import { listLiveClasses, type ClassRow } from './class-repo'

export interface CatalogueCache {
  classes(): Promise<ClassRow[]>
  /** Drop the copy now (after this process publishes a class or changes seats it knows of). */
  invalidate(): void
  /** Database reads so far (for tests and the benchmark). */
  readonly loads: number
}

export function createCatalogueCache(db: Queryable, ttlMs: number, now: () => Date): CatalogueCache {
  let value: { at: number; rows: ClassRow[] } | undefined
  let pending: Promise<ClassRow[]> | undefined
  let loads = 0
  return {
    get loads() {
      return loads
    },
    invalidate() {
      value = undefined
    },
    async classes() {
      const t = Date.now()
      if (value && t - value.at < ttlMs) return value.rows
      if (!pending) {
        loads += 1
        pending = listLiveClasses(db, now())
          .then((rows) => {
            value = { at: Date.now(), rows }
            return rows
          })
          .finally(() => {
            pending = undefined
          })
      }
      return pending
    }
  }
}
