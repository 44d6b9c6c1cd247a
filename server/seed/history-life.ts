// One ticket's life in the demo history: its steps happen one after another at simulated
// times, and the history ends at the present — a step that would fall after it is not taken
// and the ticket stays as it is then (still open, or answered and waiting for the worker).
import type { TicketAction } from '../../types/enums'
import type { TicketActionInput } from '../../types/schemas/ticket-action'
import type { WorkingCalendar } from '../calendar/working-days'
import { getTicket, type TicketRow } from '../tickets/ticket-repo'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import type { HistorySteps } from './history-clock'
import type { HistoryWorker } from './history-people'
import type { Rng } from './history-random'
import { act } from './history-steps'
import { plusMinutes } from './history-time'

const HOUR = 3_600_000

/** The history has reached the present for this ticket. */
export class Stop extends Error {}

export interface HistoryEnv {
  /** The workflow context the tickets' own contexts are made from (on the history's pool). */
  base: WorkflowCtx
  steps: HistorySteps
  cal: WorkingCalendar
  /** The present: the history is seeded up to here. */
  end: Date
  /** The latest a step may happen (a little before the present). */
  limit: Date
  unions: Record<string, string>
  /** Union key → the user id of a cadre there. */
  cadreOf: Record<string, string>
  /** Union id → key. */
  keyOf: Record<string, string>
  workers: HistoryWorker[]
  /** Ids of every ticket of the history, filled in as they are submitted. */
  ticketIds: string[]
  /** Settles when the latest ticket begun has been submitted: tickets run side by side, but
   * are submitted in the order they were begun, so their numbers follow their dates. */
  submitted: Promise<void>
}

export class TicketLife {
  private readonly submittedAt: Date
  private now: Date
  private current: TicketRow | undefined
  /** This ticket's workflow context: now() is its simulated time. It queues no WeChat
   * messages — no subscribe template (so deliver() writes no outbox rows), nothing to send. */
  readonly ctx: WorkflowCtx

  /** `rng`: the ticket's own stream, so tickets running side by side stay deterministic. */
  constructor(
    readonly env: HistoryEnv,
    readonly rng: Rng,
    public at: Date
  ) {
    this.submittedAt = at
    this.now = at
    this.ctx = { ...env.base, now: () => this.now, subscribeTemplateId: undefined, afterCommit: () => undefined }
  }

  get row(): TicketRow {
    if (!this.current) throw new Error('demo history: the ticket is not submitted yet')
    return this.current
  }

  get id(): string {
    return this.row.id
  }

  /** Key of the union handling the ticket now. */
  get unionKey(): string {
    return this.env.keyOf[this.row.current_union_id]!
  }

  /** The first step; call it before anything else awaits, so the order of submission holds. */
  async submit(fn: () => Promise<TicketRow>): Promise<void> {
    const previous = this.env.submitted
    let done = () => undefined as void
    this.env.submitted = new Promise((resolve) => (done = resolve))
    try {
      await previous
      this.current = await fn()
    } finally {
      done()
    }
    this.env.steps.record(this.current.id, this.at)
    this.env.ticketIds.push(this.current.id)
  }

  /** `userId` takes `action` on this ticket (inside a step). */
  act<A extends TicketAction>(userId: string, action: A, input: TicketActionInput<A>): Promise<TicketRow> {
    return act(this.ctx, this.submittedAt, userId, this.id, action, input)
  }

  /** Runs a step at `at` (never before the previous one). A step after the end of the history
   * is not taken — unless the running deadline is about to pass: then whoever owed it acted
   * just in time, so no history ticket is left overdue for the deadline job to escalate. */
  async step(at: Date, fn: () => Promise<TicketRow | void>): Promise<void> {
    const { end, limit } = this.env
    let when = at.getTime() > this.at.getTime() ? at : plusMinutes(this.at, this.rng.int(1, 5))
    if (when.getTime() >= limit.getTime()) {
      const due = this.row.due_at
      const room = limit.getTime() - this.at.getTime()
      if (!due || due.getTime() > end.getTime() + 2 * HOUR || room < 120_000) throw new Stop()
      when = new Date(this.at.getTime() + 60_000 + this.rng.next() * (room - 120_000))
    }
    this.now = when
    const row = await fn()
    this.env.steps.record(this.row.id, when)
    this.current = row ?? (await getTicket(this.ctx.db, this.row.id))!
    this.at = when
  }
}
