// The deadline job's one pass, with the time passed in so tests control the clock. Safe to run
// from several processes at once: rows are taken with SKIP LOCKED, 督办 and reminders are
// keyed so each lands once, and auto-confirmation goes through the transition table.
import type { TicketKind } from '../../types/enums'
import { withTx } from '../db/pool'
import { deliver, type Notice } from '../notifications/deliver'
import { takeSystemAction } from '../tickets/take-action'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { formatDate } from '../tickets/actions/wording'
import { dueDate } from './clock'
import { escalate } from './escalate'

export interface SweepResult {
  escalated: number
  reminded: number
  autoConfirmed: number
}

interface DueRow {
  id: string
  number: string
  kind: TicketKind
  status: 'submitted' | 'in_progress'
  requester_id: string
  current_union_id: string
  current_union_parent_id: string | null
  due_at: Date
  due_key: string
  overdue_reason: 'ack_overdue' | 'answer_overdue'
}

const BATCH = 200

// Which deadline is running and its key; a 督办's trigger key is "<reason>:<due key>".
const DUE_KEY = `to_char(t.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
const OVERDUE_REASON = `(CASE t.status WHEN 'submitted' THEN 'ack_overdue' ELSE 'answer_overdue' END)`

const DUE_ROWS = `
  SELECT t.id, t.number, t.kind, t.status, t.requester_id, t.current_union_id, cu.parent_id AS current_union_parent_id,
         t.due_at, ${DUE_KEY} AS due_key, ${OVERDUE_REASON} AS overdue_reason
  FROM tickets t JOIN unions cu ON cu.id = t.current_union_id
  WHERE t.status IN ('submitted', 'in_progress') AND t.due_at IS NOT NULL`

async function escalateOverdue(ctx: WorkflowCtx, now: Date): Promise<number> {
  return withTx(ctx.db, async (tx) => {
    const { rows } = await tx.query<DueRow>(
      `${DUE_ROWS} AND t.due_at <= $1
         AND NOT EXISTS (SELECT 1 FROM supervisions s WHERE s.ticket_id = t.id
                         AND s.trigger_key = ${OVERDUE_REASON} || ':' || ${DUE_KEY})
       ORDER BY t.due_at LIMIT ${BATCH} FOR UPDATE OF t SKIP LOCKED`,
      [now]
    )
    let n = 0
    for (const t of rows) {
      const notices = await escalate(tx, t, t.overdue_reason, `${t.overdue_reason}:${t.due_key}`)
      if (notices.length === 0) continue
      n += 1
      await deliver(tx, t, notices, { templateId: undefined, now })
    }
    return n
  })
}

async function remindDueSoon(ctx: WorkflowCtx, now: Date): Promise<number> {
  return withTx(ctx.db, async (tx) => {
    const { rows } = await tx.query<DueRow>(
      `${DUE_ROWS} AND t.warn_at <= $1 AND t.due_at > $1
         AND t.reminded_for_due_at IS DISTINCT FROM t.due_at
       ORDER BY t.due_at LIMIT ${BATCH} FOR UPDATE OF t SKIP LOCKED`,
      [now]
    )
    let n = 0
    for (const t of rows) {
      const what = t.status === 'submitted' ? '签收' : '答复'
      const notice: Notice = {
        to: { unionId: t.current_union_id },
        title: `临期提醒：${what}`,
        body: `诉求 ${t.number} 须于 ${formatDate(dueDate(t.due_at))} 前${what}，请抓紧办理。`,
        dedupeKey: `due_soon:${t.id}:${t.due_key}`
      }
      await deliver(tx, t, [notice], { templateId: undefined, now })
      await tx.query('UPDATE tickets SET reminded_for_due_at = due_at WHERE id = $1', [t.id])
      n += 1
    }
    return n
  })
}

async function autoConfirm(ctx: WorkflowCtx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - ctx.autoConfirmDays * 86_400_000)
  const { rows } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM tickets WHERE status = 'answered' AND answered_at <= $1 ORDER BY answered_at LIMIT ${BATCH}`,
    [cutoff]
  )
  let n = 0
  for (const r of rows) if (await takeSystemAction(ctx, r.id, 'auto_confirm')) n += 1
  return n
}

export async function runDeadlineSweep(ctx: WorkflowCtx): Promise<SweepResult> {
  const now = ctx.now()
  const escalated = await escalateOverdue(ctx, now)
  const reminded = await remindDueSoon(ctx, now)
  const autoConfirmed = await autoConfirm(ctx, now)
  return { escalated, reminded, autoConfirmed }
}
