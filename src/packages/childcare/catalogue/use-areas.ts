import { useEffect, useState } from 'react'
import type { UnionNode } from '../../../../types/api'
import type { UnionLevel } from '../../../../types/enums'
import { fetchUnions } from '../../../services/unions'

export interface Area {
  id: string
  name: string
}

/** Unions that stand for a place (not an enterprise or an industry): what 地区 means to a parent. */
const AREA_LEVELS: readonly UnionLevel[] = ['province', 'city', 'county', 'township']

/** Areas in tree order (each place followed by the places inside it). */
export function areasOf(nodes: readonly UnionNode[]): Area[] {
  const kids = new Map<string | null, UnionNode[]>()
  for (const n of nodes) kids.set(n.parentId, (kids.get(n.parentId) ?? []).concat(n))
  const ids = new Set(nodes.map((n) => n.id))
  const out: Area[] = []
  const walk = (n: UnionNode) => {
    if (AREA_LEVELS.includes(n.level)) out.push({ id: n.id, name: n.name })
    for (const k of kids.get(n.id) ?? []) walk(k)
  }
  // Roots: no parent, or a parent this list does not contain.
  nodes.filter((n) => n.parentId === null || !ids.has(n.parentId)).forEach(walk)
  return out
}

/** The area choices; empty while loading or when the union list cannot be had (no area filter then). */
export function useAreas(): Area[] {
  const [areas, setAreas] = useState<Area[]>([])
  useEffect(() => {
    let live = true
    fetchUnions().then(
      (nodes) => live && setAreas(areasOf(nodes)),
      () => undefined // the filter is a convenience: without it the list still works
    )
    return () => {
      live = false
    }
  }, [])
  return areas
}
