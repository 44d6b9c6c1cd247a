// Process entry: config → database (external or embedded) → migrations → seed → HTTP → jobs.
// Shutdown runs in the reverse order: stop accepting and finish requests, then jobs, pool, DB.
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app'
import { loadConfig } from './config'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded'
import { migrate } from './db/migrate'
import { createPool, type Db } from './db/pool'
import { createCalendarService } from './calendar/calendar-service'
import { loadChineseDays } from './calendar/chinese-days-source'
import { createOutboxDispatch, startJobs, type Jobs } from './jobs/boss'
import { seedDemoData } from './seed/seed'
import { workflowCtx } from './tickets/routes-shared'
import { createLocalFileStore } from './uploads/file-store'
import { createWechatClient } from './wechat/client'

const say = (msg: string) => process.stdout.write(`[niangjia] ${msg}\n`)

let embedded: EmbeddedDatabase | undefined
let db: Db | undefined
let jobs: Jobs | undefined
let app: FastifyInstance | undefined
let stopping = false

async function closeAll(): Promise<void> {
  await app?.close().catch(() => undefined)
  await jobs?.stop().catch(() => undefined)
  await db?.end().catch(() => undefined)
  await embedded?.stop().catch(() => undefined)
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  say(`${signal} received, shutting down`)
  const force = setTimeout(() => {
    say('shutdown took too long, exiting')
    process.exit(1)
  }, 20_000)
  force.unref()
  await closeAll()
  say('stopped')
  process.exit(0)
}

async function main(): Promise<void> {
  const config = loadConfig()
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))

  let connectionString = config.databaseUrl
  if (!connectionString) {
    say(`starting embedded PostgreSQL (data in ${config.dataDir}, port ${config.embeddedPgPort})`)
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort })
    connectionString = embedded.connectionString
  }
  const applied = await migrate(connectionString)
  if (applied.length) say(`applied migrations: ${applied.join(', ')}`)
  db = createPool(connectionString, config.pgPoolMax)
  const outbox = createOutboxDispatch()
  const deps = {
    config,
    db,
    dbKind: embedded ? ('embedded' as const) : ('external' as const),
    files: createLocalFileStore(config.uploadDir),
    wechat: config.wechat ? createWechatClient(config.wechat) : undefined,
    clock: () => new Date(),
    calendar: createCalendarService(loadChineseDays()),
    outbox
  }
  if (config.seedDemo) {
    const seeded = await seedDemoData(workflowCtx(deps), { sampleTickets: true })
    if (seeded.seeded) say('seeded demo data (浙江省总工会 → 宁波市 → 宁海县 …)')
  }
  app = await buildApp(deps, { logger: true })
  if (stopping) return
  await app.listen({ host: config.host, port: config.port })
  if (config.jobsEnabled) {
    const log = (m: string) => app?.log.info(m)
    jobs = await startJobs({ connectionString, db, workflow: workflowCtx(deps), wechat: deps.wechat, outbox, log })
  }
  say(`ready: http://localhost:${config.port}  (demo login ${config.demoLogin ? 'on' : 'off'})`)
}

main().catch(async (err: unknown) => {
  process.stderr.write(`[niangjia] failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  await closeAll() // never leave an embedded postmaster behind
  process.exit(1)
})
