// The 托班 half of the minute job: offers whose claim window ran out lapse (and the seat moves
// on to the next child waiting), and lotteries whose draw time came are drawn. Each item is its
// own transaction with its own locks, so two runners never do the same work twice.
import { withTx } from '../db/pool'
import { AppError } from '../errors'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { drawClass } from './draw'
import { applyEnrolmentAction, lockEnrolment } from './enrolment-action'

export interface ChildcareSweepResult {
  lapsed: number
  drawn: number
}

const BATCH = 200

export async function runChildcareSweep(ctx: WorkflowCtx): Promise<ChildcareSweepResult> {
  const now = ctx.now()
  const result: ChildcareSweepResult = { lapsed: 0, drawn: 0 }
  const { rows: offers } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM enrolments WHERE state = 'offered' AND claim_by <= $1 ORDER BY claim_by LIMIT ${BATCH}`,
    [now]
  )
  for (const { id } of offers) {
    try {
      const outbox = await withTx(ctx.db, async (tx) => {
        const e = await lockEnrolment(tx, id)
        if (!e) return []
        return applyEnrolmentAction(tx, e, { action: 'lapse', roles: ['system'], actorId: null, reason: '', now, templateId: ctx.subscribeTemplateId })
      })
      ctx.afterCommit(outbox)
      result.lapsed += 1
    } catch (err) {
      // The parent claimed (or cancelled) in the meantime: nothing to lapse.
      if (!(err instanceof AppError)) throw err
    }
  }
  const { rows: draws } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM childcare_classes
     WHERE allocation_mode = 'lottery' AND drawn_at IS NULL AND published_at IS NOT NULL AND draw_at <= $1 ORDER BY draw_at`,
    [now]
  )
  for (const { id } of draws) {
    const outbox = await withTx(ctx.db, (tx) => drawClass(tx, id, now, ctx.subscribeTemplateId))
    if (outbox) {
      ctx.afterCommit(outbox)
      result.drawn += 1
    }
  }
  return result
}
