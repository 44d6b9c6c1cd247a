// Names of Taro.eventCenter events passed between pages.
import type { UnionRef } from '../../types/api'

/** The union picker tells the grievance form which union was chosen. */
export const UNION_PICKED = 'grievance:union-picked'
export type UnionPickedHandler = (union: UnionRef) => void
