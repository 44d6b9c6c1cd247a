// Opening minute: 300 parents tap 报名 at once for 30 seats, over real HTTP — first against one
// server, then spread over two server processes sharing the database. Exactly 30 seats are
// held, the other 270 are waitlisted in an unbroken order, nothing fails, and every parent's
// answer is what the database stored.
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import type { EnrolmentView } from '../../types/api-childcare'
import { freePort } from '../support/free-port'
import { classInput, makeParents, publishedClass, type Parent } from './childcare-fixtures'
import { createTestContext, type TestContext } from './context'

const PARENTS = 300
const SEATS = 30

interface Answer {
  status: number
  view: EnrolmentView | undefined
}

async function burst(bases: string[], periodId: string, parents: Parent[]): Promise<Answer[]> {
  return Promise.all(
    parents.map(async (p, i) => {
      const res = await fetch(`${bases[i % bases.length]}/api/childcare/periods/${periodId}/sign-ups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` },
        body: JSON.stringify({ clientRequestId: `burst-${p.userId}`, childId: p.childId, contactPhone: '13900000000' })
      })
      const body = (await res.json()) as unknown
      return { status: res.status, view: res.status === 201 ? (body as EnrolmentView) : undefined }
    })
  )
}

async function startServer(url: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', CATALOGUE_CACHE_MS: '0' }
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error('server process exited while starting')
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false)
    if (ok) return { base, child }
    if (Date.now() > deadline) throw new Error('server did not start in 60 s')
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe('sign-up burst at opening', () => {
  let ctx: TestContext
  let cadre: string
  const servers: ChildProcess[] = []
  before(async () => {
    ctx = await createTestContext({ env: { CATALOGUE_CACHE_MS: '0' } })
    cadre = await ctx.login('cadre-township')
    // The spawned servers read the real clock: open the class from now on.
    ctx.clock.reset()
  })
  after(async () => {
    for (const s of servers) s.kill('SIGTERM')
    await Promise.all(servers.map((s) => (s.exitCode !== null ? undefined : new Promise((r) => s.once('exit', r)))))
    await ctx.close()
  })

  const openClass = async (title: string) => {
    const now = Date.now()
    const cls = await publishedClass(ctx, cadre, {
      ...classInput(ctx.seed.unions.yl!, { title, waitlistLimit: 300 }),
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      periods: [{ name: '第一期', startDate: '2030-07-05', endDate: '2030-07-16', dailyStart: '08:30', dailyEnd: '17:00', capacity: SEATS }],
      ageMin: 3,
      ageMax: 16
    })
    return cls.periods[0]!.id
  }

  async function check(periodId: string, answers: Answer[]): Promise<void> {
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [201], 'every tap answered 201, no 5xx')
    const views = answers.map((a) => a.view!)
    assert.equal(views.filter((v) => v.state === 'held').length, SEATS)
    const waiting = views.filter((v) => v.state === 'waitlisted')
    assert.equal(waiting.length, PARENTS - SEATS)
    const positions = waiting.map((v) => v.waitlistPosition!).sort((a, b) => a - b)
    assert.deepEqual(positions, Array.from({ length: PARENTS - SEATS }, (_, i) => i + 1), '候补 1…270, no gaps, no repeats')
    const { rows } = await ctx.db.query<{ id: string; state: string; waitlist_seq: number | null }>(
      'SELECT id, state, waitlist_seq FROM enrolments WHERE period_id = $1',
      [periodId]
    )
    const stored = new Map(rows.map((r) => [r.id, r]))
    assert.equal(stored.size, PARENTS)
    for (const v of views) {
      const s = stored.get(v.id)
      assert.equal(s?.state, v.state, `answer for ${v.number} matches the database`)
      if (v.state === 'waitlisted') assert.equal(s?.waitlist_seq, v.waitlistPosition, 'nobody left, so place = arrival order')
    }
    const counters = await ctx.db.query('SELECT taken, waiting FROM childcare_periods WHERE id = $1', [periodId])
    assert.deepEqual(counters.rows[0], { taken: SEATS, waiting: PARENTS - SEATS })
  }

  it('one server: exactly 30 seats, 270 waitlisted in order', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    const addr = ctx.app.server.address()
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
    const periodId = await openClass('并发测试托班一')
    await check(periodId, await burst([base], periodId, await makeParents(ctx.db, PARENTS)))
  })

  it('two server processes on one database: the same', async () => {
    const [a, b] = await Promise.all([startServer(ctx.url), startServer(ctx.url)])
    servers.push(a!.child, b!.child)
    const periodId = await openClass('并发测试托班二')
    await check(periodId, await burst([a!.base, b!.base], periodId, await makeParents(ctx.db, PARENTS)))
  })
})
