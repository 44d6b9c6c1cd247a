// How a ticket of the demo history ends once answered: the worker confirms with three ratings,
// or stays silent and the deadline job's 7-day rule confirms it.
import { Stop, type TicketLife } from './history-life'
import type { HistoryWorker } from './history-people'
import { autoConfirm } from './history-steps'
import { commentFor } from './history-texts'
import { plusMinutes, workerHoursAfter } from './history-time'

const DAY_MINUTES = 24 * 60

/** Mostly 4–5 stars, some 3 and lower; `penalty` stars off for a slow or reopened case. */
export async function confirm(life: TicketLife, worker: HistoryWorker, penalty: number, at?: Date): Promise<void> {
  const { rng } = life
  const base = Number(rng.weighted({ '5': 68, '4': 24, '3': 5, '2': 2, '1': 1 })) - penalty
  const star = () => Math.min(5, Math.max(1, base + Number(rng.weighted({ '0': 75, '-1': 15, '1': 10 }))))
  const [speed, attitude, result] = [star(), star(), star()]
  const comment = commentFor(rng, (speed + attitude + result) / 3)
  await life.step(at ?? workerHoursAfter(rng, life.at, 1, 72), () => life.act(worker.id, 'confirm', { speed, attitude, result, comment }))
}

/** The worker does not react: the deadline job confirms it 7 days after the answer (it runs
 * every minute). If that moment is still to come, the ticket stays answered — unless the job
 * would confirm it within the hour, when the worker confirms it themselves just before now. */
export async function silence(life: TicketLife, worker: HistoryWorker): Promise<void> {
  const { rng } = life
  const { end } = life.env
  const due = plusMinutes(life.row.answered_at!, life.ctx.autoConfirmDays * DAY_MINUTES)
  const at = plusMinutes(due, rng.int(1, 3))
  if (at.getTime() < life.env.limit.getTime()) return life.step(at, () => autoConfirm(life.ctx, life.id))
  if (due.getTime() > end.getTime() + 3_600_000) throw new Stop()
  const room = life.env.limit.getTime() - life.at.getTime()
  await confirm(life, worker, 1, new Date(life.at.getTime() + rng.next() * room))
}
