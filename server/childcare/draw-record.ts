import type { DrawRecord } from '../../types/api-childcare'
import type { EnrolmentState } from '../../types/childcare'
import type { Queryable } from '../db/pool'
import { notFound } from '../errors'
import { DRAW_METHOD } from './draw-order'

/** The published lottery record of one period: seed, method and every entry's rank. */
export async function getDrawRecord(db: Queryable, periodId: string): Promise<DrawRecord> {
  const { rows: cls } = await db.query<{ seed: string; drawn_at: Date }>(
    `SELECT c.draw_seed AS seed, c.drawn_at FROM childcare_periods p JOIN childcare_classes c ON c.id = p.class_id
     WHERE p.id = $1 AND c.drawn_at IS NOT NULL`,
    [periodId]
  )
  const c = cls[0]
  if (!c) throw notFound('抽签结果')
  const { rows } = await db.query<{ number: string; priority: boolean; rank: number; outcome: EnrolmentState }>(
    `SELECT t.number, e.draw_priority AS priority, e.draw_rank AS rank, ev.to_state AS outcome
     FROM enrolments e JOIN tickets t ON t.id = e.id
     JOIN enrolment_events ev ON ev.enrolment_id = e.id AND ev.action IN ('draw_seat', 'draw_waitlist', 'draw_out')
     WHERE e.period_id = $1 AND e.draw_rank IS NOT NULL ORDER BY e.draw_rank`,
    [periodId]
  )
  return { periodId, seed: c.seed, drawnAt: c.drawn_at.toISOString(), method: DRAW_METHOD, entries: rows }
}
