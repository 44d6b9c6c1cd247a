import { createHash } from 'node:crypto'

/** How the order follows from the seed, for the published record. */
export const DRAW_METHOD =
  '对每份报名计算 SHA-256(种子 + ":" + 报名编号) 的十六进制值；优先类别的报名排在前面，同一组内按该值从小到大排序。'

export interface DrawCandidate {
  number: string
  priority: boolean
}

export function drawKey(seed: string, number: string): string {
  return createHash('sha256').update(`${seed}:${number}`).digest('hex')
}

/** The drawn order: priority first, then by the seeded hash. Same seed, same order, anywhere. */
export function drawOrder<T extends DrawCandidate>(seed: string, candidates: readonly T[]): T[] {
  const keyed = candidates.map((c) => ({ c, key: drawKey(seed, c.number) }))
  keyed.sort((a, b) => Number(b.c.priority) - Number(a.c.priority) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.c)
}
