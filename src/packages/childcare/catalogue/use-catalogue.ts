import { useCallback, useEffect, useRef, useState } from 'react'
import type { Catalogue } from '../../../../types/api-childcare'
import type { CatalogueQuery } from '../../../../types/schemas/childcare'
import { fetchCatalogue } from '../../../services/childcare'
import { errorMessage } from '../../../services/request'

export type SeatsFilter = CatalogueQuery['seats']

export interface CatalogueFilters {
  unionId: string
  age: number | null
  /** Only classes with a period still running on or after this day (YYYY-MM-DD); '' = any. */
  from: string
  seats: SeatsFilter
}

export const NO_FILTERS: CatalogueFilters = { unionId: '', age: null, from: '', seats: 'any' }

export type CatalogueState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; catalogue: Catalogue }

export interface CatalogueList {
  state: CatalogueState
  reload: (opts?: { silent?: boolean }) => Promise<void>
}

/** The published classes for the chosen filters; an answer for older filters is dropped. */
export function useCatalogue(filters: CatalogueFilters): CatalogueList {
  const [state, setState] = useState<CatalogueState>({ status: 'loading' })
  const generation = useRef(0)
  const { unionId, age, from, seats } = filters

  const reload = useCallback(
    async (opts: { silent?: boolean } = {}) => {
      const gen = ++generation.current
      if (!opts.silent) setState({ status: 'loading' })
      try {
        const catalogue = await fetchCatalogue({ unionId: unionId || undefined, age: age ?? undefined, from: from || undefined, seats })
        if (gen === generation.current) setState({ status: 'ready', catalogue })
      } catch (err) {
        // A failed background refresh keeps what is on screen.
        if (gen === generation.current && !opts.silent) setState({ status: 'error', message: errorMessage(err) })
      }
    },
    [unionId, age, from, seats]
  )

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, reload }
}
