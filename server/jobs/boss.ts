// Durable background jobs live in PostgreSQL (pg-boss), so any replica can run them and
// nothing is lost on a crash.
import PgBoss from 'pg-boss'
import { purgeOldSessions } from '../auth/session-repo'
import type { Db } from '../db/pool'

export const PURGE_SESSIONS = 'purge-old-sessions'

export interface Jobs {
  stop(): Promise<void>
}

export async function startJobs(connectionString: string, db: Db, log: (msg: string) => void): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, max: 3, schema: 'pgboss' })
  boss.on('error', (err: Error) => log(`job error: ${err.message}`))
  await boss.start()
  await boss.createQueue(PURGE_SESSIONS)
  await boss.schedule(PURGE_SESSIONS, '17 3 * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.work(PURGE_SESSIONS, async () => {
    const n = await purgeOldSessions(db)
    log(`purged ${n} old sessions`)
  })
  return {
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 })
  }
}
