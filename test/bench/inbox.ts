// The cadre inbox at a province's scale. A generated database (test/bench/support/generate-*:
// 1 province → 11 cities → ≈ 90 counties → ≈ 1,300 townships, BENCH_TICKETS tickets, default
// 1,000,000, ≈ 20 % open; kept between runs on the embedded cluster, see generated-database.ts)
// behind the real server as a child process (see booking-burst.ts for why not in-process).
//
// 1. HTTP: 8 concurrent clients, ROUNDS rounds each of GET /api/workbench/tickets (default
//    filter: open, newest first) then the next page with its nextCursor, alternating between
//    four township cadres and four city cadres. p95 over every request; qps over the window.
// 2. DB: the same rounds calling the server's listInbox() directly on a pool of 8, scopes
//    resolved beforehand: the SQL alone, under the same concurrency (and from 1 client, as
//    a detail line). BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of each query shape.
// 3. Dashboard: a province cadre's GET /api/workbench/dashboard over the last year and over
//    all time, one request at a time.
//
// Exit code: non-zero when a correctness check fails — a request not 200, an empty page, a
// next page repeating the first, a row outside the cadre's subtree or not open, pages out of
// order, listInbox disagreeing with the HTTP answer, dashboard totals disagreeing with the
// tickets — never for speed.
//
// Knobs (env): BENCH_TICKETS (default 1000000; e.g. 100000 while developing), BENCH_ROUNDS
// (rounds per client, default 100), BENCH_EXPLAIN=1, BENCH_REGENERATE=1 (generate afresh even
// if a kept database matches), DATABASE_URL (generate into a scratch database there, dropped
// after; unset = embedded PostgreSQL in .data/bench-db, generated data kept).
import http from 'node:http'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import type { Page, TicketSummary } from '../../types/api'
import type { Dashboard } from '../../types/api-workbench'
import { OPEN_STATUSES } from '../../types/enums'
import { inboxFilterSchema } from '../../types/schemas/workbench'
import { addDays, shanghaiDate } from '../../server/calendar/working-days'
import { createPool, type Queryable } from '../../server/db/pool'
import { listInbox } from '../../server/tickets/list-tickets'
import { PAGE_SIZE } from '../../server/tickets/routes-shared'
import { resolveInboxScope, type InboxScope } from '../../server/workbench/inbox-scope'
import { openGeneratedDatabase } from './support/generated-database'
import { httpGet, percentile, summary, type Answer } from './support/http-get'
import { benchCadres, type BenchCadre } from './support/inbox-cadres'
import { startBenchServer } from './support/server'
import { cleanupOnSignals } from './support/cleanup'

const NAME = 'inbox'
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000)
const SEED = 6
const REQUESTERS = Math.max(1000, Math.round(TICKETS / 20))
const CLIENTS = 8
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100)
const WARM_ROUNDS = 3
const DASHBOARD_RUNS = 10
const FILTER = inboxFilterSchema.parse({})

const say = (line: string) => process.stdout.write(`${NAME}: ${line}\n`)
const failures: string[] = []
const fail = (what: string) => {
  if (failures.length < 20) process.stderr.write(`${NAME}: FAILED ${what}\n`)
  failures.push(what)
}

type Step = 'first' | 'next'
type Sample = { role: BenchCadre['role']; step: Step; ms: number }

/** Client `c` in round `r`: townships and cities alternate, each client pair over one index. */
function cadreFor(c: BenchCadre[][], client: number, round: number): BenchCadre {
  const list = c[(client + round) % 2]!
  return list[(client >> 1) % list.length]!
}

/** Runs `rounds` rounds on each of `clients` workers; returns the wall time. */
async function runRounds(clients: number, rounds: number, round: (client: number, r: number) => Promise<void>): Promise<number> {
  const t0 = performance.now()
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let r = 0; r < rounds; r++) await round(c, r)
  }))
  return performance.now() - t0
}

function checkPage(cadre: BenchCadre, step: Step, page: Page<TicketSummary>): void {
  const where = `${cadre.unionName} ${step} page`
  if (page.items.length !== PAGE_SIZE) fail(`${where}: ${page.items.length} rows, expected ${PAGE_SIZE}`)
  if (step === 'first' && !page.nextCursor) fail(`${where}: no nextCursor`)
  for (const t of page.items) {
    if (!cadre.subtree.has(t.currentUnion.id)) fail(`${where}: ${t.number} handled by ${t.currentUnion.name}, outside the subtree`)
    if (!t.status || !OPEN_STATUSES.includes(t.status)) fail(`${where}: ${t.number} is ${t.status}, not open`)
  }
  for (let i = 1; i < page.items.length; i++) {
    if (page.items[i - 1]!.createdAt < page.items[i]!.createdAt) fail(`${where}: not newest first at row ${i}`)
  }
}

function checkPair(cadre: BenchCadre, first: Page<TicketSummary>, next: Page<TicketSummary>): void {
  const seen = new Set(first.items.map((t) => t.id))
  const repeated = next.items.filter((t) => seen.has(t.id))
  if (repeated.length) fail(`${cadre.unionName}: next page repeats ${repeated.length} rows of the first`)
  const last = first.items[first.items.length - 1]
  if (last && next.items[0] && next.items[0].createdAt > last.createdAt) fail(`${cadre.unionName}: next page starts newer than the first ends`)
}

function parsePage(a: Answer, where: string): Page<TicketSummary> | undefined {
  if (a.status !== 200) {
    fail(`${where}: HTTP ${a.status} ${a.body.slice(0, 160)}`)
    return undefined
  }
  return JSON.parse(a.body) as Page<TicketSummary>
}

interface HttpRun {
  samples: Sample[]
  wallMs: number
  /** The first page's ids per cadre (user id), to compare with listInbox. */
  firstIds: Map<string, string[]>
}

async function httpRounds(agent: http.Agent, port: number, cadres: BenchCadre[][], rounds: number): Promise<HttpRun> {
  const samples: Sample[] = []
  const firstIds = new Map<string, string[]>()
  const wallMs = await runRounds(CLIENTS, rounds, async (c, r) => {
    const cadre = cadreFor(cadres, c, r)
    const a = await httpGet(agent, port, '/api/workbench/tickets', cadre.token)
    samples.push({ role: cadre.role, step: 'first', ms: a.ms })
    const first = parsePage(a, `${cadre.unionName} first page`)
    if (!first) return
    checkPage(cadre, 'first', first)
    firstIds.set(cadre.userId, first.items.map((t) => t.id))
    if (!first.nextCursor) return
    const b = await httpGet(agent, port, `/api/workbench/tickets?cursor=${encodeURIComponent(first.nextCursor)}`, cadre.token)
    samples.push({ role: cadre.role, step: 'next', ms: b.ms })
    const next = parsePage(b, `${cadre.unionName} next page`)
    if (!next) return
    checkPage(cadre, 'next', next)
    checkPair(cadre, first, next)
  })
  return { samples, wallMs, firstIds }
}

/** The same rounds through listInbox on `db`; `clients` workers. */
async function dbRounds(db: Queryable, scopes: Map<string, InboxScope>, cadres: BenchCadre[][], clients: number, rounds: number, firstIds?: Map<string, string[]>): Promise<Sample[]> {
  const samples: Sample[] = []
  await runRounds(clients, rounds, async (c, r) => {
    const cadre = cadreFor(cadres, c, r)
    const scope = scopes.get(cadre.userId)!
    let t0 = performance.now()
    const first = await listInbox(db, scope, FILTER, undefined, PAGE_SIZE, new Date())
    samples.push({ role: cadre.role, step: 'first', ms: performance.now() - t0 })
    const expected = firstIds?.get(cadre.userId)
    if (expected && expected.join() !== first.items.map((t) => t.id).join()) fail(`${cadre.unionName}: listInbox's first page differs from the HTTP one`)
    if (!first.nextCursor) return
    t0 = performance.now()
    await listInbox(db, scope, FILTER, first.nextCursor, PAGE_SIZE, new Date())
    samples.push({ role: cadre.role, step: 'next', ms: performance.now() - t0 })
  })
  return samples
}

const p95 = (samples: Sample[]) => percentile(samples.map((s) => s.ms).sort((a, b) => a - b), 0.95)

function detail(label: string, samples: Sample[]): void {
  for (const role of ['township', 'city'] as const) {
    for (const step of ['first', 'next'] as const) {
      say(`${label} ${role} ${step}: ${summary(samples.filter((s) => s.role === role && s.step === step).map((s) => s.ms))}`)
    }
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements listInbox sends for one cadre's two pages. */
async function explain(db: ReturnType<typeof createPool>, cadre: BenchCadre, scope: InboxScope): Promise<void> {
  const sent: Array<{ text: string; values: unknown[] }> = []
  const recorder = {
    query: ((text: string, values?: unknown[]) => {
      sent.push({ text, values: values ?? [] })
      return db.query(text, values)
    }) as Queryable['query']
  }
  const first = await listInbox(recorder, scope, FILTER, undefined, PAGE_SIZE, new Date())
  if (first.nextCursor) await listInbox(recorder, scope, FILTER, first.nextCursor, PAGE_SIZE, new Date())
  for (const [i, s] of sent.entries()) {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)
    say(`EXPLAIN ${cadre.role} ${cadre.unionName} ${i === 0 ? 'first' : 'next'} page:`)
    // The scope's uuid arrays run to thousands of characters: cut them.
    for (const r of rows) process.stdout.write(`    ${r['QUERY PLAN'].replace(/'\{[0-9a-f,-]{200,}\}'/g, (m) => `${m.slice(0, 80)}…(${m.split(',').length} ids)}'`)}\n`)
  }
}

async function dashboardRuns(agent: http.Agent, port: number, province: BenchCadre, db: Queryable): Promise<number[]> {
  const today = shanghaiDate(new Date())
  const ranges = [
    { label: 'last year', from: addDays(today, -364), to: today },
    { label: 'all time', from: addDays(today, -3650), to: today }
  ]
  const all: number[] = []
  for (const range of ranges) {
    const path = `/api/workbench/dashboard?from=${range.from}&to=${range.to}`
    const warm = await httpGet(agent, port, path, province.token)
    if (warm.status !== 200) {
      fail(`dashboard ${range.label}: HTTP ${warm.status} ${warm.body.slice(0, 160)}`)
      continue
    }
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tickets WHERE kind <> 'childcare' AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2`,
      [range.from, range.to]
    )
    const total = (JSON.parse(warm.body) as Dashboard).counts.total
    if (total !== rows[0]!.n) fail(`dashboard ${range.label}: counts.total ${total}, tickets submitted in the range ${rows[0]!.n}`)
    const ms: number[] = []
    for (let i = 0; i < DASHBOARD_RUNS; i++) {
      const a = await httpGet(agent, port, path, province.token)
      if (a.status !== 200) fail(`dashboard ${range.label}: HTTP ${a.status}`)
      ms.push(a.ms)
    }
    process.stdout.write(`dashboard: ${range.label} (${range.from}..${range.to}, ${total.toLocaleString('en')} tickets): ${summary(ms)}\n`)
    all.push(...ms)
  }
  return all
}

async function main(): Promise<number> {
  const cleanups = cleanupOnSignals(NAME)

  try {
    const database = await openGeneratedDatabase(NAME, { tickets: TICKETS, seed: SEED, requesters: REQUESTERS, say })
    cleanups.push(() => database.close())
    const db = createPool(database.url, CLIENTS)
    cleanups.push(() => db.end())
    const { rows: counts } = await db.query<{ n: number; open: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status IN ('submitted', 'in_progress', 'awaiting_info'))::int AS open FROM tickets`
    )
    const { n: tickets, open } = counts[0]!
    const cadres = await benchCadres(db, 2 * PAGE_SIZE + 5)
    const groups = [cadres.townships, cadres.cities]
    // A shared box: other work running at the same time shows in the figures, so say how busy it was.
    const load = () => `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`
    say(`PostgreSQL ${database.kind}${database.kind === 'embedded' ? ' (.data/bench-db)' : ''}; ${tickets.toLocaleString('en')} tickets, ${open.toLocaleString('en')} open; ${load()}`)
    for (const c of [...cadres.townships, ...cadres.cities]) say(`cadre: ${c.role} ${c.unionName} (${c.subtree.size} unions, ${c.open.toLocaleString('en')} open)`)

    const server = await startBenchServer(database.url)
    cleanups.push(() => server.stop())
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })
    cleanups.push(async () => agent.destroy())
    await db.query('CHECKPOINT').catch(() => undefined)

    await httpRounds(agent, server.port, groups, WARM_ROUNDS)
    const run = await httpRounds(agent, server.port, groups, ROUNDS)
    say(`HTTP: server child process (PG_POOL_MAX default), ${CLIENTS} clients × ${ROUNDS} rounds (first + next page) after ${WARM_ROUNDS} warm-up rounds, ${(run.wallMs / 1000).toFixed(1)} s`)
    detail('http', run.samples)

    const scopes = new Map<string, InboxScope>()
    for (const c of [...cadres.townships, ...cadres.cities]) scopes.set(c.userId, await resolveInboxScope(db, c.userId))
    await dbRounds(db, scopes, groups, CLIENTS, WARM_ROUNDS)
    const dbSamples = await dbRounds(db, scopes, groups, CLIENTS, ROUNDS, run.firstIds)
    detail(`db (${CLIENTS} clients)`, dbSamples)
    const single = await dbRounds(db, scopes, groups, 1, 2 * ROUNDS)
    say(`db (1 client): ${summary(single.map((s) => s.ms))}`)
    if (process.env.BENCH_EXPLAIN === '1') {
      for (const c of [cadres.townships[0]!, cadres.cities[0]!]) await explain(db, c, scopes.get(c.userId)!)
    }
    say(`after the measurements: ${load()}`)
    const qps = (run.samples.length / run.wallMs) * 1000
    process.stdout.write(`${NAME}: tickets=${tickets} p95_db=${p95(dbSamples).toFixed(1)}ms p95_http=${p95(run.samples).toFixed(1)}ms qps=${Math.round(qps)}\n`)

    const dash = (await dashboardRuns(agent, server.port, cadres.province, db)).sort((a, b) => a - b)
    process.stdout.write(`dashboard: tickets=${tickets} p95_http=${percentile(dash, 0.95).toFixed(0)}ms\n`)
    if (failures.length) process.stderr.write(`${NAME}: ${failures.length} correctness check(s) failed\n`)
    return failures.length ? 1 : 0
  } catch (err) {
    if (cleanups.interrupted) return 130
    process.stderr.write(`${NAME}: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    return 1
  } finally {
    await cleanups.run()
  }
}

main().then((code) => process.exit(code))
