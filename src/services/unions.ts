import type { UnionNode } from '../../types/api'
import { request } from './request'

/** The whole union tree as a flat list (each node names its parent). */
export function fetchUnions(): Promise<UnionNode[]> {
  return request<UnionNode[]>('GET', '/unions')
}

/** Unions whose name or region contains `q`, e.g. 宁海. */
export function searchUnions(q: string): Promise<UnionNode[]> {
  return request<UnionNode[]>('GET', '/unions', { query: { q } })
}
