// Durable background jobs live in PostgreSQL (pg-boss), so any replica can run them, two
// replicas never double-run a schedule, and nothing is lost on a crash or restart.
import PgBoss from 'pg-boss'
import type { OutboxDispatch } from '../app-deps'
import { purgeOldSessions } from '../auth/session-repo'
import type { Db } from '../db/pool'
import { runChildcareSweep } from '../childcare/sweep'
import { runDeadlineSweep } from '../deadlines/sweep'
import { sendAppointmentReminders } from '../legal-aid/reminders'
import { stalePendingMessages } from '../notifications/outbox-repo'
import { sendOutboxMessage } from '../notifications/wechat-sender'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import type { WechatClient } from '../wechat/client'

export const PURGE_SESSIONS = 'purge-old-sessions'
export const DEADLINE_SWEEP = 'deadline-sweep'
export const WECHAT_SEND = 'wechat-send'
export const OUTBOX_RELAY = 'outbox-relay'
export const CHILDCARE_SWEEP = 'childcare-sweep'
export const APPOINTMENT_REMINDERS = 'legal-aid-appointment-reminders'

export interface Jobs {
  stop(): Promise<void>
}

/** The outbox's hand-off to the queue. Until the queue runs (or if a send is lost), the
 * relay schedule finds pending rows and queues them, so a message is never stranded. */
export function createOutboxDispatch(): OutboxDispatch & { attach(boss: PgBoss, log: (m: string) => void): void } {
  let queue: { boss: PgBoss; log: (m: string) => void } | undefined
  return {
    attach(boss, log) {
      queue = { boss, log }
    },
    dispatch(ids) {
      for (const id of ids) void queue?.boss.send(WECHAT_SEND, { id }, { singletonKey: id }).catch((e: Error) => queue?.log(`queue send failed: ${e.message}`))
    }
  }
}

export interface JobDeps {
  connectionString: string
  db: Db
  workflow: WorkflowCtx
  wechat: WechatClient | undefined
  outbox: ReturnType<typeof createOutboxDispatch>
  log: (msg: string) => void
}

export async function startJobs(d: JobDeps): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: d.connectionString, max: 3, schema: 'pgboss' })
  boss.on('error', (err: Error) => d.log(`job error: ${err.message}`))
  await boss.start()
  await boss.createQueue(PURGE_SESSIONS)
  await boss.createQueue(DEADLINE_SWEEP)
  await boss.createQueue(OUTBOX_RELAY)
  await boss.createQueue(CHILDCARE_SWEEP)
  await boss.createQueue(APPOINTMENT_REMINDERS)
  await boss.createQueue(WECHAT_SEND, { name: WECHAT_SEND, policy: 'short', retryLimit: 4, retryDelay: 30, retryBackoff: true })

  await boss.schedule(PURGE_SESSIONS, '17 3 * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.schedule(DEADLINE_SWEEP, '* * * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.schedule(OUTBOX_RELAY, '*/2 * * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.schedule(CHILDCARE_SWEEP, '* * * * *', {}, { tz: 'Asia/Shanghai' })
  // From 08:00 on the day before, every 10 minutes: catches bookings made later that day.
  await boss.schedule(APPOINTMENT_REMINDERS, '*/10 8-21 * * *', {}, { tz: 'Asia/Shanghai' })

  await boss.work(PURGE_SESSIONS, async () => {
    const n = await purgeOldSessions(d.db)
    d.log(`purged ${n} old sessions`)
  })
  await boss.work(DEADLINE_SWEEP, async () => {
    const r = await runDeadlineSweep(d.workflow)
    if (r.escalated || r.reminded || r.autoConfirmed) d.log(`deadline sweep: ${r.escalated} 督办, ${r.reminded} reminders, ${r.autoConfirmed} auto-confirmed`)
  })
  await boss.work(CHILDCARE_SWEEP, async () => {
    const r = await runChildcareSweep(d.workflow)
    if (r.lapsed || r.drawn) d.log(`childcare sweep: ${r.lapsed} offers lapsed, ${r.drawn} lotteries drawn`)
  })
  await boss.work(APPOINTMENT_REMINDERS, async () => {
    const n = await sendAppointmentReminders(d.workflow)
    if (n) d.log(`legal aid: ${n} appointment reminders`)
  })
  await boss.work(OUTBOX_RELAY, async () => {
    for (const id of await stalePendingMessages(d.db, 120)) await boss.send(WECHAT_SEND, { id }, { singletonKey: id })
  })
  await boss.work<{ id: string }>(WECHAT_SEND, async (jobs) => {
    for (const job of jobs) {
      const outcome = await sendOutboxMessage(d.db, d.wechat, job.data.id)
      // Throwing hands the job back to pg-boss, which retries it with backoff.
      if (outcome === 'retry') throw new Error(`subscribe message ${job.data.id} will be retried`)
    }
  })
  d.outbox.attach(boss, d.log)
  return {
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 })
  }
}
