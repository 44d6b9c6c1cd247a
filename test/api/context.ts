// Per-file test context: a fresh database cloned from the migrated template, the demo union
// tree and accounts, and the app built in-process (exercised with inject, no port).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { buildApp } from '../../server/app'
import type { AppDeps } from '../../server/app-deps'
import { createCalendarService } from '../../server/calendar/calendar-service'
import { loadChineseDays } from '../../server/calendar/chinese-days-source'
import { workflowCtx } from '../../server/tickets/routes-shared'
import type { WorkflowCtx } from '../../server/tickets/workflow-ctx'
import { loadConfig, type Config } from '../../server/config'
import { createPool, type Db } from '../../server/db/pool'
import { seedDemoData, type SeedResult } from '../../server/seed/seed'
import { createLocalFileStore } from '../../server/uploads/file-store'
import { createWechatClient, type WechatConfig } from '../../server/wechat/client'
import type { SessionResponse } from '../../types/api'

function required(name: string): string {
  const v = process.env[name]
  if (!v) throw new Error(`${name} is not set: run API tests with \`npm run test:api\``)
  return v
}

export function databaseUrl(name: string): string {
  const u = new URL(required('TEST_ADMIN_URL'))
  u.pathname = `/${name}`
  return u.toString()
}

/** A new empty-but-migrated database; retried because PostgreSQL refuses two clones of one template at once. */
export async function createDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `nj_t_${required('TEST_RUN_ID')}_${randomBytes(4).toString('hex')}`
  const adminUrl = required('TEST_ADMIN_URL')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${required('TEST_TEMPLATE_DB')}`)
        break
      } catch (err) {
        if ((err as { code?: string }).code !== '55006' || attempt > 50) throw err
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
      }
    }
  } finally {
    await client.end()
  }
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    }
  }
}

/** A clock tests can stop and move; it follows real time until set. */
export interface TestClock {
  now(): Date
  set(instant: Date | string): void
  reset(): void
}

function createTestClock(): TestClock {
  let fixed: Date | undefined
  return {
    now: () => fixed ?? new Date(),
    set: (i) => {
      fixed = new Date(i)
    },
    reset: () => {
      fixed = undefined
    }
  }
}

const calendarSource = loadChineseDays()

export interface TestContext {
  app: FastifyInstance
  db: Db
  deps: AppDeps
  /** The workflow's use-case context (for running the deadline sweep in a test). */
  workflow: WorkflowCtx
  clock: TestClock
  /** Outbox ids handed to the queue after commit, in order. */
  dispatched: string[]
  /** Connection string of this file's database. */
  url: string
  config: Config
  seed: SeedResult
  uploadDir: string
  login(account: string): Promise<string>
  request(token: string | undefined, opts: InjectOptions): Promise<LightMyRequestResponse>
  close(): Promise<void>
}

export async function createTestContext(opts: { env?: Record<string, string>; wechat?: WechatConfig } = {}): Promise<TestContext> {
  const database = await createDatabase()
  const db = createPool(database.url, 20)
  const uploadDir = mkdtempSync(path.join(tmpdir(), 'nj-uploads-'))
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, UPLOAD_DIR: uploadDir, ...opts.env })
  const clock = createTestClock()
  const dispatched: string[] = []
  const deps: AppDeps = {
    config,
    db,
    dbKind: process.env.TEST_DB_KIND === 'external' ? 'external' : 'embedded',
    files: createLocalFileStore(uploadDir),
    wechat: opts.wechat ? createWechatClient(opts.wechat) : undefined,
    clock: clock.now,
    calendar: createCalendarService(calendarSource),
    outbox: { dispatch: (ids) => dispatched.push(...ids) }
  }
  const workflow = workflowCtx(deps)
  const seed = await seedDemoData(workflow)
  const app = await buildApp(deps, { serveStatic: false })
  const request = (token: string | undefined, o: InjectOptions) =>
    app.inject({ ...o, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...o.headers } })
  return {
    app,
    db,
    deps,
    workflow,
    clock,
    dispatched,
    url: database.url,
    config,
    seed,
    uploadDir,
    request,
    async login(account) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/demo', payload: { account } })
      if (res.statusCode !== 200) throw new Error(`demo login ${account} failed: ${res.body}`)
      return (res.json() as SessionResponse).token
    },
    async close() {
      await app.close()
      await db.end()
      await database.drop()
      rmSync(uploadDir, { recursive: true, force: true })
    }
  }
}
