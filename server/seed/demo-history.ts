// Demo history for the cadre dashboard: twelve weeks of past 职工说事 and 法律援助 across the demo
// tree (mostly 宁海县, some 海曙区/鄞州区), each driven through the real workflow at simulated
// times so deadlines, events, 签收/答复 times, working-day figures and ratings agree, and the
// ticket_stats rollup is kept by its triggers like for any ticket. Seeded once, into the empty
// database, with a fixed PRNG seed. Nothing is left overdue for the deadline job, no WeChat
// message is queued, and the demo accounts' own lists are untouched.
import { addDays, shanghaiDate, type WorkingCalendar } from '../calendar/working-days'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { DEMO_USERS } from './demo-data'
import { historyPool, HistorySteps } from './history-clock'
import { grievanceHistory, type Special } from './history-grievance'
import { legalAidHistory } from './history-legal'
import type { HistoryEnv } from './history-life'
import { insertHistoryPeople } from './history-people'
import { Rng } from './history-random'
import { submissionOn } from './history-time'

const SEED = 20_261_123
const DAYS = 84
const HOUR = 3_600_000
/** Tickets written side by side: the work is mostly round trips to the database. */
const PARALLEL = 3

interface Submission {
  at: Date
  kind: 'grievance' | 'legal_aid'
  /** The ticket's own PRNG seed. */
  seed: number
  special?: Special
}

function poisson(rng: Rng, lambda: number): number {
  const floor = Math.exp(-lambda)
  let k = 0
  for (let p = rng.next(); p > floor; p *= rng.next()) k += 1
  return k
}

/** When requests came in: about two a working day, fewer on days off, slowly growing as the
 * service caught on; a legal-aid request about once a week. Ends a few hours before now. */
function schedule(rng: Rng, cal: WorkingCalendar, end: Date): Submission[] {
  const today = shanghaiDate(end)
  const all: Submission[] = []
  for (let i = 0; i < DAYS; i++) {
    const date = addDays(today, i - DAYS + 1)
    const working = cal.isWorkingDay(date)
    for (let k = poisson(rng, (working ? 2 : 0.7) * (0.8 + (0.4 * i) / DAYS)); k > 0; k--) all.push({ at: submissionOn(rng, date), kind: 'grievance', seed: rng.int(1, 2 ** 31) })
    if (working && rng.chance(0.2)) all.push({ at: submissionOn(rng, date), kind: 'legal_aid', seed: rng.int(1, 2 ** 31) })
  }
  const kept = all.filter((s) => s.at.getTime() < end.getTime() - 3 * HOUR).sort((a, b) => a.at.getTime() - b.at.getTime())
  // The rare cases, placed weeks back so they run their whole course.
  const grievances = kept.filter((s) => s.kind === 'grievance')
  const specials = [[0.15, 'unreasonable_answered'], [0.4, 'reopened_twice'], [0.55, 'unreasonable_refused']] as const
  for (const [share, special] of specials) grievances[Math.floor(grievances.length * share)]!.special = special
  return kept
}

export interface DemoSeed {
  unions: Record<string, string>
  users: Record<string, string>
  stationId: string
}

/** Returns how many tickets the history has. */
export async function seedDemoHistory(ctx: WorkflowCtx, seed: DemoSeed): Promise<number> {
  const end = ctx.now()
  const rng = new Rng(SEED)
  const cal = await ctx.calendar.load(ctx.db)
  const demoCadres = Object.fromEntries(DEMO_USERS.flatMap((u) => (u.cadreOf ? [[u.cadreOf.union, seed.users[u.account]!]] : [])))
  const { workers, cadreOf } = await insertHistoryPeople(ctx.db, rng, seed.unions, demoCadres, new Date(end.getTime() - DAYS * 24 * HOUR))
  const submissions = schedule(rng, cal, end)
  const db = historyPool(ctx.db, PARALLEL)
  const env: HistoryEnv = {
    base: { ...ctx, db },
    steps: new HistorySteps(),
    cal,
    end,
    limit: new Date(end.getTime() - HOUR / 3),
    unions: seed.unions,
    cadreOf,
    keyOf: Object.fromEntries(Object.entries(seed.unions).map(([key, id]) => [id, key])),
    workers,
    ticketIds: [],
    submitted: Promise.resolve()
  }
  try {
    let next = 0
    const worker = async (): Promise<void> => {
      for (let n = next++; n < submissions.length; n = next++) {
        const s = submissions[n]!
        if (s.kind === 'legal_aid') await legalAidHistory(env, n, s.at, s.seed, seed.stationId, seed.users.lawyer!)
        else await grievanceHistory(env, n, s.at, s.seed, s.special)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))
    await env.steps.backdate(db)
  } finally {
    await db.end()
  }
  // Moving tickets to their day of submission left all-zero rollup rows at today's date; a
  // row whose total is 0 counts no ticket, so every figure in it is 0 too.
  await ctx.db.query('DELETE FROM ticket_stats WHERE total = 0')
  // Cadres have read what is older than a day; the last day's notices wait in 消息中心.
  await ctx.db.query(
    `UPDATE notifications SET read_at = created_at + interval '20 minutes'
     WHERE ticket_id = ANY($1::uuid[]) AND read_at IS NULL AND created_at < $2`,
    [env.ticketIds, new Date(end.getTime() - 24 * HOUR)]
  )
  return env.ticketIds.length
}
