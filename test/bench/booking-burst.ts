// 爱心托班 opening-minute benchmark. 5,000 parents each tap 报名 once, spread evenly over 50
// first-come periods of 30 seats (5 classes × 10 periods, 候补 limit 20): 100 attempts per
// period, from 100 concurrent HTTP clients (keep-alive, one socket each). Expected outcome:
// 1,500 held, 1,000 waitlisted, 2,500 refused 409 full — and never an oversold period.
//
// The server runs as a CHILD PROCESS (`node --import tsx server/main.ts`), not in-process:
// on a 2-core box the load generator and the server must not share one event loop, or the
// benchmark would measure its own HTTP client as server latency. Nothing else is mocked:
// real Fastify, real auth (session lookup per request), real PostgreSQL.
//
// In the same run it measures the raw ceiling of the database for the same job: the bare
// conditional `UPDATE childcare_periods SET taken = taken + 1 WHERE id = $1 AND taken <
// capacity` plus one INSERT (one statement), 5,000 attempts over 50 fresh 30-seat periods,
// from 100 concurrent clients through a pg.Pool, no HTTP; run three times on fresh periods and
// the median taken, because on a shared 2-core box one 1.5 s run is noisy. ratio = rate / ceiling.
//
// Exit code: non-zero when a period is oversold, a counter disagrees with the rows, or any
// request failed (anything but 201 held/waitlisted or 409 full) — never for speed.
//
// Knobs (env): DATABASE_URL (a scratch database is created and dropped in it; unset = embedded
// PostgreSQL in .data/bench-db), BENCH_SERVER_POOL (server PG_POOL_MAX, default 20),
// BENCH_CEILING_POOL (pg.Pool size of the ceiling run, default 20).
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import type { ClassAdminView } from '../../types/api-childcare'
import { CHILD_CONSENT_VERSION } from '../../types/childcare'
import type { ClassInput } from '../../types/schemas/childcare'
import { hashToken, newToken } from '../../server/auth/tokens'
import { openBenchDatabase, type BenchDatabase } from './support/database'
import { startBenchServer, type BenchServer } from './support/server'
import { cleanupOnSignals } from './support/cleanup'

const NAME = 'booking-burst'
const CLASSES = 5
const PERIODS_PER_CLASS = 10
const PERIODS = CLASSES * PERIODS_PER_CLASS
const SEATS = 30
const WAITLIST = 20
const ATTEMPTS = 5000
const CLIENTS = 100
const WARM_UP = 200
const SERVER_POOL = Number(process.env.BENCH_SERVER_POOL ?? 20)
const CEILING_POOL = Number(process.env.BENCH_CEILING_POOL ?? 20)
const CEILING_RUNS = 3
/** Seat-holding states: 待审核, 报名成功, 候补转正待确认 (what `taken` counts). */
const HOLDING = `('pending_review', 'held', 'offered')`

const say = (line: string) => process.stdout.write(`${NAME}: ${line}\n`)
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

interface Parent {
  userId: string
  childId: string
  token: string
}

// ---------------------------------------------------------------------------------------------
// Seeding: one union with one cadre, parents with one consented child and a session each.

async function seedCadre(db: pg.Pool): Promise<{ unionId: string; userId: string; token: string }> {
  const { rows } = await db.query<{ union_id: string; user_id: string }>(
    `WITH un AS (SELECT gen_random_uuid() AS id),
     u AS (INSERT INTO unions (id, parent_id, name, level, region, path)
           SELECT id, NULL, '压测街道总工会', 'township', '压测', '/' || id || '/' FROM un RETURNING id),
     c AS (INSERT INTO users (display_name, phone) VALUES ('压测干部', '13800000000') RETURNING id),
     m AS (INSERT INTO union_cadres (union_id, user_id, title) SELECT u.id, c.id, '主席' FROM u, c)
     SELECT u.id AS union_id, c.id AS user_id FROM u, c`
  )
  const { union_id: unionId, user_id: userId } = rows[0]!
  const token = newToken()
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [userId, hashToken(token)])
  return { unionId, userId, token }
}

/** `n` parents in bulk (like test/api/childcare-fixtures makeParents, but sessions in one go). */
async function makeParents(db: pg.Pool, n: number, prefix: string): Promise<Parent[]> {
  const { rows } = await db.query<{ user_id: string; child_id: string }>(
    `WITH u AS (
       INSERT INTO users (display_name, phone)
       SELECT $2 || i, '139' || lpad(i::text, 8, '0') FROM generate_series(1, $1) AS i
       RETURNING id, display_name)
     INSERT INTO children (guardian_id, name, gender, birth_date, grade, grade_as_of, emergency_name, emergency_phone, consent_version, consent_at)
     SELECT id, display_name || '的孩子', 'female', DATE '2022-03-15', 2, current_date, display_name, '13900000000', $3, now() FROM u
     RETURNING guardian_id AS user_id, id AS child_id`,
    [n, prefix, CHILD_CONSENT_VERSION]
  )
  const parents = rows.map((r) => ({ userId: r.user_id, childId: r.child_id, token: newToken() }))
  for (let i = 0; i < parents.length; i += 1000) {
    const chunk = parents.slice(i, i + 1000)
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       SELECT u, decode(h, 'hex'), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS s(u, h)`,
      [chunk.map((p) => p.userId), chunk.map((p) => hashToken(p.token).toString('hex'))]
    )
  }
  return parents
}

// ---------------------------------------------------------------------------------------------
// HTTP over one keep-alive agent.

interface Answer {
  status: number
  body: string
  ms: number
}

function request(agent: http.Agent, port: number, method: string, path: string, token: string, payload?: unknown): Promise<Answer> {
  const body = payload === undefined ? undefined : JSON.stringify(payload)
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Runs `jobs` from `clients` concurrent workers; each worker takes the next job when done. */
async function pool<T>(count: number, clients: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(clients, count) }, async () => {
      for (let i = next++; i < count; i = next++) results[i] = await job(i)
    })
  )
  return results
}

function classBody(unionId: string, title: string, periods: number, now: number): ClassInput {
  return {
    unionId,
    title,
    season: '2030年暑期',
    address: '宁海县跃龙街道人民大道 100 号职工之家',
    description: '压测用托班：作业辅导、阅读和体育活动。',
    ageMin: 3,
    ageMax: 16,
    fee: 0,
    priorityGroups: [],
    allocationMode: 'first_come',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 86_400_000).toISOString(),
    waitlistLimit: WAITLIST,
    periods: Array.from({ length: periods }, (_, j) => {
      const start = new Date(Date.UTC(2030, 5, 3 + 7 * j))
      const end = new Date(start.getTime() + 4 * 86_400_000)
      return { name: `第${j + 1}期`, startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10), dailyStart: '08:30', dailyEnd: '17:00', capacity: SEATS }
    })
  }
}

async function publishClass(agent: http.Agent, server: BenchServer, token: string, input: ClassInput): Promise<string[]> {
  const created = await request(agent, server.port, 'POST', '/api/workbench/childcare/classes', token, input)
  if (created.status !== 201) throw new Error(`create class: ${created.status} ${created.body}`)
  const id = (JSON.parse(created.body) as ClassAdminView).id
  const published = await request(agent, server.port, 'POST', `/api/workbench/childcare/classes/${id}/publish`, token)
  if (published.status !== 200) throw new Error(`publish class: ${published.status} ${published.body}`)
  return (JSON.parse(published.body) as ClassAdminView).periods.map((p) => p.id)
}

type Outcome = 'held' | 'waitlisted' | 'refused' | 'error'

function outcomeOf(a: Answer): { outcome: Outcome; detail?: string } {
  try {
    if (a.status === 201) {
      const state = (JSON.parse(a.body) as { state?: string }).state
      if (state === 'held' || state === 'waitlisted') return { outcome: state }
    }
    if (a.status === 409) {
      const e = (JSON.parse(a.body) as { error?: { code?: string; reason?: string } }).error
      if (e?.code === 'SIGN_UP_REFUSED' && e.reason === 'full') return { outcome: 'refused' }
    }
  } catch {
    // not JSON: an error below
  }
  return { outcome: 'error', detail: `${a.status} ${a.body.slice(0, 160)}` }
}

interface Burst {
  counts: Record<Outcome, number>
  details: string[]
  latencies: number[]
  wallMs: number
}

async function signUpBurst(agent: http.Agent, server: BenchServer, periodIds: string[], parents: Parent[]): Promise<Burst> {
  const counts: Record<Outcome, number> = { held: 0, waitlisted: 0, refused: 0, error: 0 }
  const seen = new Map<string, number>()
  const note = (d: string) => seen.set(d, (seen.get(d) ?? 0) + 1)
  const latencies: number[] = []
  const started = performance.now()
  await pool(parents.length, CLIENTS, async (i) => {
    const p = parents[i]!
    // Parent i goes to period i mod 50: each period's 100 attempts are spread over the burst.
    const periodId = periodIds[i % periodIds.length]!
    let a: Answer
    try {
      a = await request(agent, server.port, 'POST', `/api/childcare/periods/${periodId}/sign-ups`, p.token, {
        clientRequestId: `bench-${p.userId}`,
        childId: p.childId,
        contactPhone: '13900000000'
      })
    } catch (err) {
      counts.error++
      note(`network: ${(err as Error).message}`)
      return
    }
    latencies.push(a.ms)
    const o = outcomeOf(a)
    counts[o.outcome]++
    if (o.detail) note(o.detail)
  })
  const wallMs = performance.now() - started
  const details = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([d, n]) => `${n}× ${d}`)
  return { counts, details, latencies, wallMs }
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

// ---------------------------------------------------------------------------------------------
// Checking the database after the burst.

interface Audit {
  oversold: number
  /** Periods whose `waiting` counter disagrees with their waitlisted rows. */
  waitingMismatch: number
  held: number
  waitlisted: number
}

async function audit(db: pg.Pool, periodIds: string[]): Promise<Audit> {
  const { rows } = await db.query<{ capacity: number; taken: number; waiting: number; holding: number; held: number; waitlisted: number }>(
    `SELECT p.capacity, p.taken, p.waiting,
            count(e.id) FILTER (WHERE e.state IN ${HOLDING})::int AS holding,
            count(e.id) FILTER (WHERE e.state = 'held')::int AS held,
            count(e.id) FILTER (WHERE e.state = 'waitlisted')::int AS waitlisted
     FROM childcare_periods p LEFT JOIN enrolments e ON e.period_id = p.id
     WHERE p.id = ANY($1::uuid[]) GROUP BY p.id`,
    [periodIds]
  )
  let oversold = 0
  let waitingMismatch = 0
  for (const r of rows) {
    if (r.holding > r.capacity) oversold++
    if (r.taken !== r.holding) oversold++
    if (r.waiting !== r.waitlisted) waitingMismatch++
  }
  return {
    oversold,
    waitingMismatch,
    held: rows.reduce((s, r) => s + r.held, 0),
    waitlisted: rows.reduce((s, r) => s + r.waitlisted, 0)
  }
}

// ---------------------------------------------------------------------------------------------
// The raw ceiling: one conditional UPDATE + one INSERT per attempt, straight through pg.

const CEILING_SQL = `
WITH s AS (UPDATE childcare_periods SET taken = taken + 1 WHERE id = $1 AND taken < capacity RETURNING id)
INSERT INTO bench_claims (period_id, attempt) SELECT id, $2 FROM s RETURNING id`

async function ceilingPeriods(db: pg.Pool, unionId: string, cadreId: string, title: string, n: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH c AS (
       INSERT INTO childcare_classes (union_id, title, season, address, description, age_min, age_max, allocation_mode,
                                      opens_at, closes_at, waitlist_limit, created_by)
       VALUES ($1, $3, '2030年暑期', '压测地址 1 号', '压测用的班期，不发布。', 3, 16, 'first_come',
               now() - interval '1 hour', now() + interval '1 day', ${WAITLIST}, $2)
       RETURNING id)
     INSERT INTO childcare_periods (class_id, position, name, start_date, end_date, daily_start, daily_end, capacity, waitlist_limit)
     SELECT c.id, i, '第' || i || '期', DATE '2030-07-01', DATE '2030-07-05', '08:30', '17:00', ${SEATS}, ${WAITLIST}
     FROM c, generate_series(1, $4) AS i
     RETURNING id`,
    [unionId, cadreId, title, n]
  )
  return rows.map((r) => r.id)
}

async function ceilingRun(db: pg.Pool, periodIds: string[], attempts: number): Promise<{ claimed: number; wallMs: number }> {
  let claimed = 0
  const started = performance.now()
  await pool(attempts, CLIENTS, async (i) => {
    const { rowCount } = await db.query(CEILING_SQL, [periodIds[i % periodIds.length], i])
    claimed += rowCount ?? 0
  })
  return { claimed, wallMs: performance.now() - started }
}

async function checkpoint(db: pg.Pool): Promise<void> {
  // Start each measured phase with no pending checkpoint work (needs superuser; skipped if not).
  await db.query('CHECKPOINT').catch(() => undefined)
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const cleanups = cleanupOnSignals(NAME)

  try {
    const t0 = performance.now()
    const database: BenchDatabase = await openBenchDatabase('booking')
    cleanups.push(() => database.close())
    const db = new pg.Pool({ connectionString: database.url, max: CEILING_POOL })
    db.on('error', () => undefined)
    cleanups.push(() => db.end())

    const cadre = await seedCadre(db)
    const warmParents = await makeParents(db, WARM_UP, '预热家长')
    const parents = await makeParents(db, ATTEMPTS, '家长')
    await db.query(`CREATE TABLE bench_claims (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), period_id uuid NOT NULL,
                    attempt integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`)
    const ceilingWarmIds = await ceilingPeriods(db, cadre.unionId, cadre.userId, '压测天花板预热', 2)
    const ceilingSets: string[][] = []
    for (let r = 1; r <= CEILING_RUNS; r++) ceilingSets.push(await ceilingPeriods(db, cadre.unionId, cadre.userId, `压测天花板${r}`, PERIODS))
    await db.query('VACUUM ANALYZE').catch(() => undefined)
    const seeded = performance.now()

    const server = await startBenchServer(database.url, { PG_POOL_MAX: String(SERVER_POOL) })
    cleanups.push(() => server.stop())
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })
    cleanups.push(async () => agent.destroy())

    const now = Date.now()
    const warmIds = await publishClass(agent, server, cadre.token, classBody(cadre.unionId, '压测预热托班', 2, now))
    const periodIds: string[] = []
    for (let k = 1; k <= CLASSES; k++) {
      periodIds.push(...(await publishClass(agent, server, cadre.token, classBody(cadre.unionId, `压测托班第${k}班`, PERIODS_PER_CLASS, now))))
    }
    say(`PostgreSQL ${database.kind}${database.kind === 'embedded' ? ' (.data/bench-db)' : ''}; server child process, PG_POOL_MAX=${SERVER_POOL}; ${CLIENTS} HTTP clients (keep-alive, maxSockets ${CLIENTS}); seeded ${ATTEMPTS + WARM_UP} parents in ${secs(seeded - t0)}`)

    const warm = await signUpBurst(agent, server, warmIds, warmParents)
    say(`warm-up: ${WARM_UP} sign-ups on a separate class in ${secs(warm.wallMs)} (held ${warm.counts.held}, waitlisted ${warm.counts.waitlisted}, refused ${warm.counts.refused}, errors ${warm.counts.error})`)

    await checkpoint(db)
    const burst = await signUpBurst(agent, server, periodIds, parents)
    await server.stop()

    const a = await audit(db, periodIds)
    // The answers must agree with what was stored.
    const disagreement = Math.abs(a.held - burst.counts.held) + Math.abs(a.waitlisted - burst.counts.waitlisted) + a.waitingMismatch
    const errors = burst.counts.error + disagreement
    say(`refused=${burst.counts.refused} (409 full); database: held ${a.held}, waitlisted ${a.waitlisted}, waiting-counter mismatches ${a.waitingMismatch}`)
    for (const d of burst.details) say(`error: ${d}`)

    await checkpoint(db)
    await ceilingRun(db, ceilingWarmIds, WARM_UP)
    const ceilingRates: number[] = []
    for (const ids of ceilingSets) {
      await checkpoint(db)
      const run = await ceilingRun(db, ids, ATTEMPTS)
      if (run.claimed !== PERIODS * SEATS) throw new Error(`ceiling run claimed ${run.claimed} seats, expected ${PERIODS * SEATS}`)
      ceilingRates.push((ATTEMPTS / run.wallMs) * 1000)
    }
    const ceilingRate = [...ceilingRates].sort((x, y) => x - y)[Math.floor(CEILING_RUNS / 2)]!
    say(`ceiling: UPDATE … taken < capacity + INSERT, pg.Pool max ${CEILING_POOL}, ${CLIENTS} clients, no HTTP, ${PERIODS * SEATS}/${ATTEMPTS} claimed each run: ${ceilingRates.map((r) => `${Math.round(r)}/s`).join(', ')} (median taken)`)

    const sorted = [...burst.latencies].sort((x, y) => x - y)
    const rate = (ATTEMPTS / burst.wallMs) * 1000
    process.stdout.write(
      `${NAME}: attempts=${ATTEMPTS} seats=${PERIODS * SEATS} confirmed=${burst.counts.held} waitlisted=${burst.counts.waitlisted} ` +
        `oversold=${a.oversold} errors=${errors} rate=${Math.round(rate)}/s ceiling=${Math.round(ceilingRate)}/s ` +
        `ratio=${(rate / ceilingRate).toFixed(2)} p50=${percentile(sorted, 0.5).toFixed(1)}ms p99=${percentile(sorted, 0.99).toFixed(1)}ms\n`
    )
    return a.oversold > 0 || errors > 0 ? 1 : 0
  } catch (err) {
    if (cleanups.interrupted) return 130
    process.stderr.write(`${NAME}: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    return 1
  } finally {
    await cleanups.run()
  }
}

main().then((code) => process.exit(code))
