import type { Catalogue, ClassCard } from '../../types/api-childcare'
import type { CatalogueQuery } from '../../types/schemas/childcare'
import type { ClassRow } from './class-repo'
import { toClassCard } from './class-view'

// A school grade g is roughly age 6+g to 7+g; grade-ranged classes match an age that way.
const GRADE_AGE_OFFSET = 6

function fitsAge(c: ClassRow, age: number): boolean {
  if (c.age_min !== null && c.age_max !== null) return age >= c.age_min && age <= c.age_max
  if (c.grade_min !== null && c.grade_max !== null) return age >= c.grade_min + GRADE_AGE_OFFSET && age <= c.grade_max + GRADE_AGE_OFFSET + 1
  return true
}

const PHASE_ORDER = { open: 0, upcoming: 1, closed: 2, draft: 3 } as const

/** Filters the cached live classes in memory: no database work per parent. */
export function filterCatalogue(rows: readonly ClassRow[], q: CatalogueQuery, now: Date): Catalogue {
  const items: ClassCard[] = rows
    .filter((c) => !q.unionId || c.union_path.includes(`/${q.unionId}/`))
    .filter((c) => q.age === undefined || fitsAge(c, q.age))
    .filter((c) => c.periods.some((p) => (!q.from || p.end_date >= q.from) && (!q.to || p.start_date <= q.to)))
    .map((c) => toClassCard(c, now))
    .filter((c) => q.seats === 'any' || c.periods.some((p) => p.availability === (q.seats === 'available' ? 'seats' : 'waitlist')))
    .sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.opensAt.localeCompare(b.opensAt))
  return { items, serverTime: now.toISOString() }
}
