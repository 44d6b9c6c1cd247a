// GET /api/workbench/dashboard: 三率 on a hand-made data set whose figures are worked out
// below, the ranking of child unions, live counts, 托班 and 法律援助 figures, scoping to the
// cadre's subtree, bad queries, and the ticket_stats rollup staying equal to a rebuild after
// real workflow actions.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Dashboard } from '../../types/api-workbench'
import type { TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { LEGAL_CONSENT_VERSION } from '../../types/legal-aid'
import { shanghaiDate } from '../../server/calendar/working-days'
import { endOfDay } from '../../server/deadlines/clock'
import { classInput, makeParents, publishedClass, signUpInput } from './childcare-fixtures'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

/** "Now" in these tests: Wednesday 2027-03-10 10:00 Shanghai. The range 03-01..03-10 spans the
 * weeks of Monday 03-01 and Monday 03-08. */
const NOW = '2027-03-10T10:00:00+08:00'
const RANGE = 'from=2027-03-01&to=2027-03-10'

const at = (mdhm: string) => new Date(`2027-${mdhm.slice(0, 5)}T${mdhm.slice(6)}:00+08:00`)
const end = (md: string) => endOfDay(`2027-${md}`)

interface Spec {
  n: string
  union: string
  kind?: 'grievance' | 'legal_aid'
  status: string
  category?: string | null
  created: string
  ackDue: string
  ack?: string
  answered?: string
  closed?: string
  ratings?: [number, number, number]
  auto?: boolean
  unreasonable?: boolean
  reopen?: number
  ackWd?: number
  answerWd?: number
  /** The running clock of an open ticket (end of these days). */
  due?: string
  warn?: string
}

// The hand-made set. Times are Shanghai; every deadline is the end of its day.
//   T1–T5, T10, T11 at 跃龙街道 (yl), T6 at its enterprise 顺达 (sd) — all in yl's subtree;
//   T7–T9, T12, T13 at 桃源街道 (ty); T14 and the legal-aid L1–L3 at the county (nh) itself;
//   T15, T19 at 海曙区 (hs) and T16 (the evening before the range) are outside every figure;
//   L0 was submitted before the range and closed in it.
const TICKETS: Spec[] = [
  // Just after midnight Shanghai on 03-01 (still 02-28 in UTC): inside the range.
  { n: 'T1', union: 'yl', status: 'closed', category: 'wages', created: '03-01 00:10', ackDue: '03-02', ack: '03-01 09:00', answered: '03-02 10:00', closed: '03-03 10:00', ratings: [5, 4, 3], ackWd: 0.5, answerWd: 2 },
  // 签收 late; closed by 自动确认 without a rating.
  { n: 'T2', union: 'yl', status: 'closed', category: 'wages', created: '03-02 09:00', ackDue: '03-03', ack: '03-04 10:00', answered: '03-05 10:00', closed: '03-09 10:00', auto: true, ackWd: 1.25, answerWd: 3 },
  // Rated 4/4/3 = 11 < 12: not satisfied. Reopened once before it was confirmed.
  { n: 'T3', union: 'yl', status: 'closed', category: 'safety', created: '03-03 09:00', ackDue: '03-04', ack: '03-03 11:00', answered: '03-06 10:00', closed: '03-07 10:00', ratings: [4, 4, 3], reopen: 1, ackWd: 0.25, answerWd: 4 },
  // 不予受理 without 签收, before the 签收 deadline: a response, on time.
  { n: 'T4', union: 'yl', status: 'refused', category: 'wages', created: '03-03 10:00', ackDue: '03-04', closed: '03-03 16:00' },
  // Withdrawn before 签收: not owed a response.
  { n: 'T5', union: 'yl', status: 'withdrawn', category: 'wages', created: '03-04 10:00', ackDue: '03-05', closed: '03-04 12:00' },
  { n: 'T6', union: 'sd', status: 'answered', category: 'insurance', created: '03-05 10:00', ackDue: '03-08', ack: '03-05 14:00', answered: '03-06 10:00', ackWd: 0.25, answerWd: 1 },
  // 签收 late; its answer is due today (yellow since the end of 03-09).
  { n: 'T7', union: 'ty', status: 'in_progress', category: 'wages', created: '03-02 10:00', ackDue: '03-03', ack: '03-05 09:00', ackWd: 2, due: '03-10', warn: '03-09' },
  // Never 签收, deadline passed: owed a response (red, and under 督办).
  { n: 'T8', union: 'ty', status: 'submitted', category: 'wages', created: '03-03 10:00', ackDue: '03-04', due: '03-04', warn: '03-03' },
  // 不合理诉求: in the volumes, out of all three rates (its 1/1/1 rating too).
  { n: 'T9', union: 'ty', status: 'closed', category: 'other', created: '03-04 10:00', ackDue: '03-05', ack: '03-04 11:00', answered: '03-05 10:00', closed: '03-06 10:00', ratings: [1, 1, 1], unreasonable: true, ackWd: 0.25, answerWd: 1 },
  // Week 2. 重办 twice, in progress again: answered once, not solved.
  { n: 'T10', union: 'yl', status: 'in_progress', category: 'hardship', created: '03-08 09:00', ackDue: '03-09', ack: '03-08 10:00', answered: '03-08 15:00', reopen: 2, ackWd: 0.25, answerWd: 1, due: '03-12', warn: '03-11' },
  // Waiting for 签收, deadline not passed: in no rate yet.
  { n: 'T11', union: 'yl', status: 'submitted', category: 'wages', created: '03-09 09:00', ackDue: '03-11', due: '03-11', warn: '03-10' },
  { n: 'T12', union: 'ty', status: 'closed', category: 'rights', created: '03-08 09:00', ackDue: '03-09', ack: '03-08 09:30', answered: '03-09 10:00', closed: '03-09 18:00', ratings: [5, 5, 5], ackWd: 0.25, answerWd: 2 },
  // Monday 00:30 in Shanghai is still Sunday in UTC: it belongs to the week of 03-08.
  { n: 'T13', union: 'ty', status: 'submitted', category: 'wages', created: '03-08 00:30', ackDue: '03-09', due: '03-09', warn: '03-08' },
  { n: 'T14', union: 'nh', status: 'submitted', category: 'wages', created: '03-09 09:00', ackDue: '03-09', due: '03-09', warn: '03-06' },
  // 法律援助 at the county's station: L1 结案 (¥8,000.50 recovered), L2 in progress, L3 refused late.
  { n: 'L1', union: 'nh', kind: 'legal_aid', status: 'answered', created: '03-02 09:00', ackDue: '03-03', ack: '03-02 11:00', answered: '03-06 10:00', ackWd: 0.25, answerWd: 3 },
  { n: 'L2', union: 'nh', kind: 'legal_aid', status: 'in_progress', created: '03-09 09:00', ackDue: '03-10', ack: '03-09 10:00', ackWd: 0.25, due: '03-20', warn: '03-19' },
  { n: 'L3', union: 'nh', kind: 'legal_aid', status: 'refused', created: '03-03 09:00', ackDue: '03-04', closed: '03-05 10:00' },
  // Submitted before the range, 结案 inside it (¥100): its closing counts, the case does not.
  { n: 'L0', union: 'nh', kind: 'legal_aid', status: 'closed', created: '02-20 09:00', ackDue: '02-21', ack: '02-20 10:00', answered: '03-03 10:00', closed: '03-08 10:00', ackWd: 0.25, answerWd: 8 },
  // Outside: another county, and the evening before the range.
  { n: 'T15', union: 'hs', status: 'closed', category: 'wages', created: '03-02 09:00', ackDue: '03-03', ack: '03-02 10:00', answered: '03-03 10:00', closed: '03-04 10:00', ratings: [5, 5, 5], ackWd: 0.25, answerWd: 1 },
  { n: 'T16', union: 'yl', status: 'closed', category: 'wages', created: '02-28 23:50', ackDue: '03-01', ack: '03-01 09:00', answered: '03-01 10:00', closed: '03-02 10:00', ratings: [5, 5, 5], ackWd: 0.25, answerWd: 0.5 },
  { n: 'T19', union: 'hs', status: 'submitted', category: 'wages', created: '03-05 10:00', ackDue: '03-06', due: '03-06', warn: '03-05' }
]

describe('workbench dashboard', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}
  const ids: Record<string, string> = {}

  const dashboard = async (who: string, query = RANGE): Promise<Dashboard> => {
    const r = await ctx.request(tokens[who], { method: 'GET', url: `/api/workbench/dashboard?${query}` })
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as Dashboard
  }
  const fig = (numerator: number, denominator: number) => ({ numerator, denominator, rate: numerator / denominator })
  const none = { numerator: 0, denominator: 0, rate: null }

  async function insertTicket(s: Spec): Promise<string> {
    const u = ctx.seed.unions[s.union]!
    const kind = s.kind ?? 'grievance'
    const { rows } = await ctx.db.query<{ id: string }>(
      `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category, title, description,
         contact_phone, client_request_id, created_at, updated_at, ack_due_at, answer_due_at, due_at, warn_at, acknowledged_at,
         answered_at, closed_at, auto_confirmed, rating_speed, rating_attitude, rating_result, unreasonable_at, unreasonable_reason,
         reopen_count, ack_working_days, answer_working_days)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $1, '看板测试', '13805741234', $1, $7, $7, $8, NULL, $9, $10, $11,
         $12, $13, $14, $15, $16, $17, $18, CASE WHEN $18::timestamptz IS NULL THEN NULL ELSE '重复诉求' END,
         $19, $20, $21)
       RETURNING id`,
      [`DB-${s.n}`, kind, s.status, ctx.seed.users.worker, u, kind === 'legal_aid' ? null : s.category, at(s.created), end(s.ackDue),
        s.due ? end(s.due) : null, s.warn ? end(s.warn) : null, s.ack ? at(s.ack) : null, s.answered ? at(s.answered) : null,
        s.closed ? at(s.closed) : null, s.auto ?? false, s.ratings?.[0] ?? null, s.ratings?.[1] ?? null, s.ratings?.[2] ?? null,
        s.unreasonable ? at(s.created) : null, s.reopen ?? 0, s.ackWd ?? null, s.answerWd ?? null]
    )
    return rows[0]!.id
  }

  async function insertCase(ticketId: string, c: { lawyer: boolean; closedAt?: string; fen?: number }): Promise<void> {
    await ctx.db.query(
      `INSERT INTO legal_cases (ticket_id, station_id, case_type, help_wanted, since_month, consent_version, consent_at,
         lawyer_id, stage, outcome, amount_recovered_fen, closed_at)
       VALUES ($1, $2, 'wage_arrears', 'mediation', DATE '2026-08-01', $3, now(), $4, $5, $6, $7, $8)`,
      [ticketId, ctx.seed.stationId, LEGAL_CONSENT_VERSION, c.lawyer ? ctx.seed.users.lawyer : null, c.closedAt ? 'closed' : 'consultation',
        c.closedAt ? 'mediated' : null, c.closedAt ? c.fen : null, c.closedAt ? at(c.closedAt) : null]
    )
  }

  before(async () => {
    ctx = await createTestContext({ env: { CATALOGUE_CACHE_MS: '0', RATE_LIMIT_BURST: '1000' } })
    for (const a of ['worker', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-enterprise']) tokens[a] = await ctx.login(a)
    for (const s of TICKETS) ids[s.n] = await insertTicket(s)
    await insertCase(ids.L1!, { lawyer: true, closedAt: '03-06 10:00', fen: 800_050 })
    await insertCase(ids.L2!, { lawyer: true })
    await insertCase(ids.L3!, { lawyer: false })
    await insertCase(ids.L0!, { lawyer: true, closedAt: '03-03 10:00', fen: 10_000 })
    // 督办: T8 (ty, open) and T19 (another county) unresolved; T7's settled.
    await ctx.db.query(
      `INSERT INTO supervisions (ticket_id, union_id, handling_union_id, reason, trigger_key, created_at, resolved_at) VALUES
         ($1, $4, $5, 'ack_overdue', 'k1', $7, NULL), ($2, $4, $5, 'ack_overdue', 'k2', $7, $7), ($3, $6, $6, 'ack_overdue', 'k3', $7, NULL)`,
      [ids.T8, ids.T7, ids.T19, ctx.seed.unions.nh, ctx.seed.unions.ty, ctx.seed.unions.hs, at('03-05 10:00')]
    )
    // 托班: a class at 跃龙街道 (2 periods × 2 seats) with 3 sign-ups on 03-09 → 2 seats taken and
    // 1 候补; a class at the county with no sign-ups.
    ctx.clock.set(at('03-08 09:00'))
    const window = { opensAt: at('03-08 09:00').toISOString(), closesAt: at('03-20 18:00').toISOString() }
    const yl = await publishedClass(ctx, tokens['cadre-township']!, classInput(ctx.seed.unions.yl!, { title: '跃龙暑期托班', ...window }))
    await publishedClass(ctx, tokens['cadre-county']!, classInput(ctx.seed.unions.nh!, { title: '县总工会托班', ...window }))
    ctx.clock.set(at('03-09 10:00'))
    for (const p of await makeParents(ctx.db, 3)) {
      const r = await ctx.request(p.token, { method: 'POST', url: `/api/childcare/periods/${yl.periods[0]!.id}/sign-ups`, payload: signUpInput(p.childId) })
      assert.equal(r.statusCode, 201, r.body)
    }
    ctx.clock.set(NOW)
  })
  after(() => ctx.close())

  it('computes 三率 for the county on the hand-made set, exactly', async () => {
    const d = await dashboard('cadre-county')
    assert.deepEqual(d.union, { id: ctx.seed.unions.nh, name: '宁海县总工会', level: 'county' })
    assert.deepEqual([d.from, d.to, d.generatedAt], ['2027-03-01', '2027-03-10', new Date(NOW).toISOString()])
    // In range and subtree: T1–T14 and L1–L3 = 17 (14 grievances, 3 legal aid).
    assert.deepEqual(d.counts, {
      total: 17,
      grievance: 14,
      legalAid: 3,
      byStatus: { submitted: 4, in_progress: 3, awaiting_info: 0, answered: 2, closed: 5, refused: 2, withdrawn: 1 },
      unreasonable: 1,
      newThisWeek: 6 // T10–T14, L2: since Monday 03-08
    })
    // 响应率. Responded (签收, or 不予受理 without one), T9 left out: T1 T2 T3 T4 T6 T7 T10 T12 L1 L2 L3 = 11;
    // by the 签收 deadline: T1 T3 T4 T6 T10 T12 L1 L2 = 8 (T2, T7 signed late, L3 refused late).
    // Owed one past the deadline, never 签收: T8, T13, T14 = 3 (T11 not yet due; T5 withdrawn first).
    assert.deepEqual(d.rates.response, fig(8, 14))
    // 解决率. Answered at least once: T1 T2 T3 T6 T10 (重办) T12 L1 = 7; confirmed solved (closed,
    // 自动确认 included): T1 T2 T3 T12 = 4.
    assert.deepEqual(d.rates.solve, fig(4, 7))
    // 满意率. Rated: T1 (5+4+3 = 12) T3 (4+4+3 = 11) T12 (15) = 3; averaging ≥ 4 stars: T1, T12 = 2.
    // T2 was auto-confirmed without a rating; T9's 1/1/1 is a 不合理诉求.
    assert.deepEqual(d.rates.satisfaction, fig(2, 3))
    // Working days to 签收: (0.5 + 1.25 + 0.25 + 0.25 + 2 + 0.25 × 5) / 10 = 0.55; to the first
    // 答复: (2 + 3 + 4 + 1 + 1 + 1 + 2 + 3) / 8 = 2.125 → 2.13. Averages keep 不合理诉求 (T9).
    assert.equal(d.avgAckWorkingDays, 0.55)
    assert.equal(d.avgAnswerWorkingDays, 2.13)
    // 重办: T3 once, T10 twice.
    assert.deepEqual(d.reopened, { tickets: 2, times: 3 })
  })

  it('ranks the county’s child unions on their own subtrees, with the tickets behind each', async () => {
    const d = await dashboard('cadre-county')
    const rows = d.ranking.map((r) => ({ id: r.union.id, tickets: r.tickets, response: r.response, solve: r.solve, satisfaction: r.satisfaction }))
    // 跃龙街道 (with 顺达): T1–T6, T10, T11 = 8. Responded T1 T2 T3 T4 T6 T10 = 6, on time all but T2 = 5,
    // none overdue; answered T1 T2 T3 T6 T10 = 5, solved T1 T2 T3 = 3; rated T1 T3 = 2, satisfied T1 = 1.
    assert.deepEqual(rows[0], { id: ctx.seed.unions.yl, tickets: 8, response: fig(5, 6), solve: fig(3, 5), satisfaction: fig(1, 2) })
    // 桃源街道: T7 T8 T9 T12 T13 = 5. Responded T7 T12 = 2 (T9 left out), on time T12 = 1, overdue
    // T8 T13 = 2 → 1/4; answered and solved T12 → 1/1; rated and satisfied T12 → 1/1.
    assert.deepEqual(rows[1], { id: ctx.seed.unions.ty, tickets: 5, response: fig(1, 4), solve: fig(1, 1), satisfaction: fig(1, 1) })
    // The others have nothing to rate: last, all dashes.
    assert.deepEqual(
      rows.slice(2).map((r) => [r.tickets, r.response, r.solve, r.satisfaction]),
      [[0, none, none, none], [0, none, none, none], [0, none, none, none]]
    )
    assert.deepEqual(new Set(rows.slice(2).map((r) => r.id)), new Set([ctx.seed.unions.xd, ctx.seed.unions.kd, ctx.seed.unions.wy]))
    assert.ok(d.ranking.every((r) => r.union.level === 'township' || r.union.level === 'industry'))
  })

  it('gives weekly volumes and rates, categories, live counts, 托班 and 法律援助', async () => {
    const d = await dashboard('cadre-county')
    assert.deepEqual(d.weekly, [
      // Week of 03-01: T1–T9, L1, L3. Responded T1 T2 T3 T4 T6 T7 L1 L3 = 8, on time T1 T3 T4 T6 L1 = 5,
      // overdue T8 → 5/9; answered T1 T2 T3 T6 L1 = 5, solved 3; rated T1 T3, satisfied T1.
      { weekStart: '2027-03-01', grievance: 9, legalAid: 2, childcare: 0, response: fig(5, 9), solve: fig(3, 5), satisfaction: fig(1, 2) },
      // Week of 03-08: T10–T14, L2; the three 托班 sign-ups of 03-09. Responded and on time T10 T12 L2,
      // overdue T13 T14 → 3/5; answered T10 T12, solved T12 → 1/2; T12 rated and satisfied.
      { weekStart: '2027-03-08', grievance: 5, legalAid: 1, childcare: 3, response: fig(3, 5), solve: fig(1, 2), satisfaction: fig(1, 1) }
    ])
    assert.deepEqual(d.categories, [
      { category: 'wages', count: 9 }, // T1 T2 T4 T5 T7 T8 T11 T13 T14
      { category: 'safety', count: 1 },
      { category: 'insurance', count: 1 },
      { category: 'hardship', count: 1 },
      { category: 'rights', count: 1 },
      { category: 'suggestion', count: 0 },
      { category: 'other', count: 1 }
    ])
    // Now (03-10 10:00): red T8 T13 T14 (T19 is another county's); yellow and due today T7; 督办 T8.
    assert.deepEqual(d.live, {
      red: { n: 3, capped: false },
      yellow: { n: 1, capped: false },
      dueToday: { n: 1, capped: false },
      supervised: { n: 1, capped: false }
    })
    // Cases submitted in the range: L1, L2 (L3 refused is not a case). 结案 in the range: L1
    // (¥8,000.50) and L0 (¥100, submitted in February).
    assert.deepEqual(d.legalAid, { cases: 2, closedCases: 2, amountRecovered: '8100.50' })
    const classes = d.childcare.map((c) => [c.name, c.seats, c.taken, c.fillRate, c.waitlist])
    assert.deepEqual(classes.sort(), [['县总工会托班', 4, 0, 0, 0], ['跃龙暑期托班', 4, 2, 0.5, 1]])
  })

  it('scoping: a township cadre sees only the township’s subtree, and no other union', async () => {
    const d = await dashboard('cadre-township')
    assert.equal(d.union.id, ctx.seed.unions.yl)
    // T1–T6, T10, T11 only: nothing of 桃源街道 (T7–T9, T12, T13), the county (T14, L1–L3) or 海曙区.
    assert.deepEqual(d.counts, {
      total: 8,
      grievance: 8,
      legalAid: 0,
      byStatus: { submitted: 1, in_progress: 1, awaiting_info: 0, answered: 1, closed: 3, refused: 1, withdrawn: 1 },
      unreasonable: 0,
      newThisWeek: 2
    })
    assert.deepEqual([d.rates.response, d.rates.solve, d.rates.satisfaction], [fig(5, 6), fig(3, 5), fig(1, 2)])
    // 桃源's red, yellow and 督办 tickets are not counted here.
    assert.deepEqual(d.live, { red: { n: 0, capped: false }, yellow: { n: 0, capped: false }, dueToday: { n: 0, capped: false }, supervised: { n: 0, capped: false } })
    assert.deepEqual(d.weekly.map((w) => [w.grievance, w.legalAid, w.childcare]), [[6, 0, 0], [2, 0, 3]])
    assert.deepEqual(d.legalAid, { cases: 0, closedCases: 0, amountRecovered: '0.00' })
    assert.deepEqual(d.childcare.map((c) => c.name), ['跃龙暑期托班'])
    // 顺达 is the one child: T6, signed on time, answered, not yet confirmed or rated.
    assert.deepEqual(
      d.ranking.map((r) => [r.union.id, r.tickets, r.response, r.solve, r.satisfaction]),
      [[ctx.seed.unions.sd, 1, fig(1, 1), fig(0, 1), none]]
    )
    // Below: allowed. Beside or above: not found, in words that say nothing about the union.
    assert.equal((await dashboard('cadre-township', `unionId=${ctx.seed.unions.sd}&${RANGE}`)).counts.total, 1)
    for (const key of ['ty', 'nh', 'hs']) {
      const r = await ctx.request(tokens['cadre-township'], { method: 'GET', url: `/api/workbench/dashboard?unionId=${ctx.seed.unions[key]}` })
      assert.equal(r.statusCode, 404, key)
      assert.equal((r.json() as ApiErrorBody).error.message, '工会不存在或您无权查看')
    }
    const unknown = await ctx.request(tokens['cadre-township'], { method: 'GET', url: '/api/workbench/dashboard?unionId=6f9619ff-8b86-4011-b42d-00c04fc964ff' })
    assert.deepEqual([unknown.statusCode, (unknown.json() as ApiErrorBody).error.message], [404, '工会不存在或您无权查看'])
    // The enterprise cadre's default is their own union.
    assert.equal((await dashboard('cadre-enterprise')).union.id, ctx.seed.unions.sd)
  })

  it('a city cadre may pick any union below, and the city sees the county’s figures', async () => {
    const city = await dashboard('cadre-city')
    assert.equal(city.union.id, ctx.seed.unions.nb)
    // The county's 17 plus 海曙区's T15 and T19.
    assert.equal(city.counts.total, 19)
    const county = city.ranking.find((r) => r.union.id === ctx.seed.unions.nh)
    assert.deepEqual([county?.tickets, county?.response], [17, fig(8, 14)])
    assert.equal((await dashboard('cadre-city', `unionId=${ctx.seed.unions.ty}&${RANGE}`)).counts.total, 5)
  })

  it('defaults to the last 30 days and refuses bad queries with the field’s message', async () => {
    const d = await dashboard('cadre-county', '')
    assert.deepEqual([d.from, d.to, d.weekly[0]?.weekStart, d.weekly.at(-1)?.weekStart], ['2027-02-09', '2027-03-10', '2027-02-08', '2027-03-08'])
    // The 30 days hold T16 (02-28) and L0 (02-20) as well.
    assert.equal(d.counts.total, 19)
    const bad = async (query: string, field: string, message: string) => {
      const r = await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/workbench/dashboard?${query}` })
      assert.equal(r.statusCode, 400, query)
      assert.equal((r.json() as ApiErrorBody).error.fields?.[field], message, query)
    }
    await bad('from=2027-3-1', 'from', '开始日期格式应为 YYYY-MM-DD')
    await bad('to=2027-02-30', 'to', '结束日期不是有效日期')
    await bad('from=2027-03-10&to=2027-03-01', 'from', '开始日期不能晚于结束日期')
    await bad('from=2010-01-01&to=2027-03-01', 'from', '日期范围不能超过 10 年')
    await bad('unionId=yl', 'unionId', '工会参数无效')
    const worker = await ctx.request(tokens.worker, { method: 'GET', url: '/api/workbench/dashboard' })
    assert.deepEqual([worker.statusCode, (worker.json() as ApiErrorBody).error.message], [403, '工作台仅限工会干部使用'])
    assert.equal((await ctx.request(undefined, { method: 'GET', url: '/api/workbench/dashboard' })).statusCode, 401)
  })

  it('keeps the rollup equal to a rebuild from the tickets through real workflow actions', async () => {
    ctx.clock.reset()
    const act = async (who: string, id: string, action: string, payload: object = {}) => {
      const r = await ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
      assert.equal(r.statusCode, 200, `${action}: ${r.body}`)
    }
    const submit = async (union: string, over = {}) => {
      const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions[union]!, over) })
      assert.equal(r.statusCode, 201, r.body)
      return (r.json() as TicketDetail).id
    }
    // 派单 → 退单 → 派单 again → 签收 → 答复 → 未解决 (重办) → 答复 → 确认 with ratings.
    const a = await submit('nh', { category: 'safety' })
    await act('cadre-county', a, 'dispatch', { unionId: ctx.seed.unions.yl, body: '请跃龙街道办理' })
    await act('cadre-township', a, 'return', { reasonCode: 'not_our_scope', body: '不属于本街道' })
    await act('cadre-county', a, 'dispatch', { unionId: ctx.seed.unions.yl, body: '请再核实' })
    await act('cadre-township', a, 'acknowledge')
    await act('cadre-township', a, 'answer', { body: '已协调企业整改。' })
    await act('worker', a, 'reject', { body: '还没有整改。' })
    await act('cadre-township', a, 'answer', { body: '整改已完成。' })
    await act('worker', a, 'confirm', { speed: 5, attitude: 4, result: 3 })
    // 不予受理, 撤回, and a 不合理诉求 mark by the union above.
    await act('cadre-township', await submit('yl'), 'refuse', { reasonCode: 'duplicate', body: '与已有诉求重复' })
    await act('worker', await submit('yl'), 'withdraw', { body: '问题已自行解决' })
    const c = await submit('yl')
    await act('cadre-township', c, 'acknowledge')
    await act('cadre-county', c, 'mark_unreasonable', { body: '反复提出已答复的同一诉求' })

    const snapshot = async () =>
      (
        await ctx.db.query(
          `SELECT * FROM ticket_stats
           WHERE total <> 0 OR st_submitted <> 0 OR st_in_progress <> 0 OR st_awaiting_info <> 0 OR st_answered <> 0
              OR st_closed <> 0 OR st_refused <> 0 OR st_withdrawn <> 0 OR unreasonable <> 0 OR responded <> 0
              OR responded_on_time <> 0 OR answered_once <> 0 OR solved <> 0 OR rated <> 0 OR satisfied <> 0
              OR reopened_tickets <> 0 OR reopen_total <> 0 OR ack_wd_sum <> 0 OR ack_wd_n <> 0
              OR answer_wd_sum <> 0 OR answer_wd_n <> 0
           ORDER BY union_id, day, kind, category`
        )
      ).rows
    const kept = await snapshot()
    await ctx.db.query('SELECT ticket_stats_rebuild()')
    assert.deepEqual(await snapshot(), kept)
    // And the dashboard read it: the reopened, confirmed ticket is in today's figures at 跃龙街道.
    const today = shanghaiDate(new Date())
    const d = await dashboard('cadre-township', `from=${today}&to=${today}`)
    assert.ok(d.reopened.tickets >= 1 && d.counts.byStatus.closed >= 1 && d.counts.unreasonable >= 1, JSON.stringify(d.counts))
  })
})
