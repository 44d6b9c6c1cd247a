import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { buildApp } from '../../server/app'
import { purgeOldSessions } from '../../server/auth/session-repo'
import PgBoss from 'pg-boss'
import { createOutboxDispatch, DEADLINE_SWEEP, startJobs } from '../../server/jobs/boss'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('background jobs and the served H5 app', () => {
  let ctx: TestContext
  before(async () => {
    ctx = await createTestContext()
  })
  after(() => ctx.close())

  it('purges sessions dead for over a week and keeps the rest', async () => {
    const user = ctx.seed.users.worker!
    await ctx.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, revoked_at) VALUES
        ($1, '\\x01', now() - interval '8 days', NULL),
        ($1, '\\x02', now() + interval '8 days', now() - interval '9 days'),
        ($1, '\\x03', now() - interval '1 day', NULL),
        ($1, '\\x04', now() + interval '1 day', NULL)`,
      [user]
    )
    assert.equal(await purgeOldSessions(ctx.db), 2)
    const left = await ctx.db.query("SELECT encode(token_hash, 'hex') AS h FROM sessions WHERE user_id = $1 ORDER BY 1", [user])
    assert.deepEqual(left.rows.map((r) => r.h), ['03', '04'])
  })

  it('starts and stops the durable job queue in PostgreSQL', async () => {
    const jobs = await startJobs({ connectionString: ctx.url, db: ctx.db, workflow: ctx.workflow, wechat: undefined, outbox: createOutboxDispatch(), log: () => undefined })
    const schedules = await ctx.db.query('SELECT name FROM pgboss.schedule ORDER BY name')
    await jobs.stop()
    assert.deepEqual(schedules.rows.map((r) => r.name), ['childcare-sweep', 'deadline-sweep', 'legal-aid-appointment-reminders', 'outbox-relay', 'purge-old-sessions'])
  })

  it('runs the deadline sweep from the durable queue once, with two job runners on one database', async () => {
    const token = await ctx.login('worker')
    const r = await ctx.request(token, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!) })
    const ticketId = (r.json() as { id: string }).id
    ctx.clock.set(new Date(Date.now() + 30 * 86_400_000)) // long overdue
    const start = () => startJobs({ connectionString: ctx.url, db: ctx.db, workflow: ctx.workflow, wechat: undefined, outbox: createOutboxDispatch(), log: () => undefined })
    const runners = [await start(), await start()]
    const sender = new PgBoss({ connectionString: ctx.url, schema: 'pgboss' })
    await sender.start()
    try {
      await sender.send(DEADLINE_SWEEP, {})
      await sender.send(DEADLINE_SWEEP, {})
      let rows: { reason: string }[] = []
      for (let i = 0; i < 100 && rows.length === 0; i++) {
        await new Promise((res) => setTimeout(res, 200))
        rows = (await ctx.db.query<{ reason: string }>('SELECT reason FROM supervisions WHERE ticket_id = $1', [ticketId])).rows
      }
      await new Promise((res) => setTimeout(res, 2500)) // let the second job finish too
      rows = (await ctx.db.query<{ reason: string }>('SELECT reason FROM supervisions WHERE ticket_id = $1', [ticketId])).rows
      assert.deepEqual(rows.map((x) => x.reason), ['ack_overdue'])
    } finally {
      ctx.clock.reset()
      await sender.stop({ graceful: false, wait: true })
      for (const j of runners) await j.stop()
    }
  })

  it('serves the built H5 app at / and keeps the API JSON', async () => {
    const h5 = mkdtempSync(path.join(tmpdir(), 'nj-h5-'))
    writeFileSync(path.join(h5, 'index.html'), '<!doctype html><title>娘家人</title>')
    const app = await buildApp({ ...ctx.deps, config: { ...ctx.config, h5Dir: h5 } })
    try {
      const page = await app.inject({ method: 'GET', url: '/' })
      assert.equal(page.statusCode, 200)
      assert.match(page.body, /<title>娘家人<\/title>/)
      assert.equal(page.headers['cache-control'], 'no-cache')
      const api = await app.inject({ method: 'GET', url: '/api/nope' })
      assert.equal(api.statusCode, 404)
      assert.equal(api.json().error.code, 'NOT_FOUND')
    } finally {
      await app.close()
      rmSync(h5, { recursive: true, force: true })
    }
  })

  it('explains how to build the app when the H5 build is missing', async () => {
    const app = await buildApp({ ...ctx.deps, config: { ...ctx.config, h5Dir: path.join(tmpdir(), 'nj-no-such-build') } })
    try {
      const page = await app.inject({ method: 'GET', url: '/' })
      assert.equal(page.statusCode, 200)
      assert.match(page.body, /前端尚未构建.*npm run build:h5/)
    } finally {
      await app.close()
    }
  })
})
