// What happens after the opening minute: cancellation frees a seat for the first child
// waiting, the claim window (controlled clock) passes the seat on, the cancellation cutoff,
// and the lottery drawn from a recorded seed.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { Notification, Page } from '../../types/api'
import type { DrawRecord, EnrolmentView } from '../../types/api-childcare'
import type { ApiErrorBody } from '../../types/errors'
import { runChildcareSweep } from '../../server/childcare/sweep'
import { classInput, makeParents, OPENS, publishedClass, signUpInput, type Parent } from './childcare-fixtures'
import { createTestContext, type TestContext } from './context'

describe('爱心托班 waitlist, claim window and lottery', () => {
  let ctx: TestContext
  let cadre: string
  before(async () => {
    ctx = await createTestContext({ env: { CATALOGUE_CACHE_MS: '0', RATE_LIMIT_BURST: '1000' } })
    cadre = await ctx.login('cadre-township')
  })
  after(() => ctx.close())
  beforeEach(() => ctx.clock.set(OPENS))

  const signUp = async (p: Parent, periodId: string, over = {}) => {
    const r = await ctx.request(p.token, { method: 'POST', url: `/api/childcare/periods/${periodId}/sign-ups`, payload: signUpInput(p.childId, over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as EnrolmentView
  }
  const view = async (p: Parent, id: string) =>
    (await ctx.request(p.token, { method: 'GET', url: `/api/childcare/enrolments/${id}` })).json() as EnrolmentView
  const act = (p: Parent | string, id: string, action: string, payload = {}) =>
    ctx.request(typeof p === 'string' ? p : p.token, { method: 'POST', url: `/api/childcare/enrolments/${id}/actions/${action}`, payload })
  const counters = async (periodId: string) =>
    (await ctx.db.query('SELECT taken, waiting FROM childcare_periods WHERE id = $1', [periodId])).rows[0] as { taken: number; waiting: number }

  it('cancelling a seat offers it to 候补第1位 with a 24 h claim window; claiming holds it', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!))
    const period = cls.periods[0]!.id
    const [a, b, c, d] = await makeParents(ctx.db, 4)
    const va = await signUp(a!, period)
    await signUp(b!, period)
    const vc = await signUp(c!, period)
    const vd = await signUp(d!, period)
    assert.deepEqual([vc.waitlistPosition, vd.waitlistPosition], [1, 2])
    const cancelled = await act(a!, va.id, 'cancel')
    assert.equal((cancelled.json() as EnrolmentView).state, 'cancelled')
    const offered = await view(c!, vc.id)
    assert.equal(offered.state, 'offered')
    assert.equal(offered.claimBy, new Date(Date.parse(OPENS) + 24 * 3_600_000).toISOString())
    assert.equal((await view(d!, vd.id)).waitlistPosition, 1, 'd moved up')
    assert.deepEqual(await counters(period), { taken: 2, waiting: 1 })
    // The parent was told, in the message centre.
    const inbox = (await ctx.request(c!.token, { method: 'GET', url: '/api/notifications' })).json() as Page<Notification>
    const told = inbox.items.find((n) => n.title === '候补转正，请确认入班')
    assert.deepEqual([told?.ticketId, told?.ticketKind], [vc.id, 'childcare'])
    ctx.clock.set(new Date(Date.parse(OPENS) + 23 * 3_600_000))
    assert.equal(((await act(c!, vc.id, 'claim')).json() as EnrolmentView).state, 'held')
    // Cancelling twice is refused plainly.
    const again = await act(a!, va.id, 'cancel')
    assert.equal(again.statusCode, 409)
    assert.equal((again.json() as ApiErrorBody).error.code, 'TRANSITION_NOT_ALLOWED')
  })

  it('an unclaimed offer lapses after the window and the next child is offered the seat', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, { claimHours: 2 }))
    const period = cls.periods[0]!.id
    const [a, b, c, d] = await makeParents(ctx.db, 4)
    const va = await signUp(a!, period)
    await signUp(b!, period)
    const vc = await signUp(c!, period)
    const vd = await signUp(d!, period)
    await act(a!, va.id, 'cancel')
    ctx.clock.set(new Date(Date.parse(OPENS) + 2 * 3_600_000 - 1000))
    assert.deepEqual(await runChildcareSweep(ctx.workflow), { lapsed: 0, drawn: 0 }, 'not yet')
    ctx.clock.set(new Date(Date.parse(OPENS) + 2 * 3_600_000 + 1000))
    assert.deepEqual(await runChildcareSweep(ctx.workflow), { lapsed: 1, drawn: 0 })
    assert.equal((await view(c!, vc.id)).state, 'lapsed')
    const next = await view(d!, vd.id)
    assert.equal(next.state, 'offered')
    // Too late to claim the lapsed one.
    const late = await act(c!, vc.id, 'claim')
    assert.equal(late.statusCode, 409)
    assert.deepEqual(await counters(period), { taken: 2, waiting: 0 })
    // Nobody waits any more: the next lapse frees the seat for good.
    ctx.clock.set(new Date(Date.parse(OPENS) + 5 * 3_600_000))
    assert.deepEqual(await runChildcareSweep(ctx.workflow), { lapsed: 1, drawn: 0 })
    assert.deepEqual(await counters(period), { taken: 1, waiting: 0 })
  })

  it('a held seat can be cancelled only before the cutoff; leaving the waitlist is always allowed', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, { cancelCutoffHours: 48 }))
    const period = cls.periods[0]!.id // starts 2027-07-05 08:30 Shanghai
    const [a, b, c] = await makeParents(ctx.db, 3)
    const va = await signUp(a!, period)
    await signUp(b!, period)
    const vc = await signUp(c!, period)
    ctx.clock.set('2027-07-03T08:31:00+08:00')
    const v = await view(a!, va.id)
    assert.equal(v.cancelBy, new Date('2027-07-03T08:30:00+08:00').toISOString())
    assert.deepEqual(v.allowedActions, [])
    const r = await act(a!, va.id, 'cancel')
    assert.equal(r.statusCode, 409)
    assert.match((r.json() as ApiErrorBody).error.message, /取消截止/)
    assert.equal(((await act(c!, vc.id, 'cancel')).json() as EnrolmentView).state, 'cancelled')
    assert.deepEqual(await counters(period), { taken: 2, waiting: 0 })
  })

  it('a lottery draws from a recorded seed; anyone can recompute the order; priority first', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, {
      allocationMode: 'lottery',
      drawAt: '2027-06-11T10:00:00+08:00',
      waitlistLimit: 2,
      periods: [{ name: '抽签期', startDate: '2027-07-05', endDate: '2027-07-16', dailyStart: '08:30', dailyEnd: '17:00', capacity: 3 }]
    }))
    const period = cls.periods[0]!.id
    const parents = await makeParents(ctx.db, 8)
    const views: EnrolmentView[] = []
    for (const [i, p] of parents.entries()) views.push(await signUp(p, period, i < 2 ? { priorityGroups: ['hardship_family'] } : {}))
    assert.ok(views.every((v) => v.state === 'applied'))
    ctx.clock.set('2027-06-11T09:59:00+08:00')
    assert.equal((await runChildcareSweep(ctx.workflow)).drawn, 0, 'not before the draw time')
    assert.equal((await ctx.request(parents[0]!.token, { method: 'GET', url: `/api/childcare/periods/${period}/draw` })).statusCode, 404)
    ctx.clock.set('2027-06-11T10:00:00+08:00')
    const [first, second] = await Promise.all([runChildcareSweep(ctx.workflow), runChildcareSweep(ctx.workflow)])
    assert.equal(first.drawn + second.drawn, 1, 'two runners draw once')
    const record = (await ctx.request(parents[0]!.token, { method: 'GET', url: `/api/childcare/periods/${period}/draw` })).json() as DrawRecord
    assert.match(record.seed, /^[0-9a-f]{32}$/)
    // Recompute independently: priority first, then SHA-256(seed:number) ascending.
    const numbers = views.map((v, i) => ({ number: v.number, priority: i < 2 }))
    const key = (n: string) => createHash('sha256').update(`${record.seed}:${n}`).digest('hex')
    const expected = [...numbers].sort((x, y) => Number(y.priority) - Number(x.priority) || key(x.number).localeCompare(key(y.number)))
    assert.deepEqual(record.entries.map((e) => e.number), expected.map((e) => e.number))
    assert.deepEqual(record.entries.map((e) => e.outcome), ['held', 'held', 'held', 'waitlisted', 'waitlisted', 'not_drawn', 'not_drawn', 'not_drawn'])
    assert.deepEqual(record.entries.slice(0, 2).map((e) => e.priority), [true, true])
    assert.deepEqual(await counters(period), { taken: 3, waiting: 2 })
  })

  it('attendance below the threshold in the last period loses priority in the next lottery', async () => {
    const yl = ctx.seed.unions.yl!
    const past = await publishedClass(ctx, cadre, classInput(yl, { title: '春季托班', periods: [{ name: '春一期', startDate: '2027-06-14', endDate: '2027-06-18', dailyStart: '08:30', dailyEnd: '17:00', capacity: 5 }] }))
    const [low, good] = await makeParents(ctx.db, 2)
    const vl = await signUp(low!, past.periods[0]!.id)
    const vg = await signUp(good!, past.periods[0]!.id)
    ctx.clock.set('2027-06-18T18:00:00+08:00')
    for (const [i, day] of ['2027-06-14', '2027-06-15', '2027-06-16', '2027-06-17', '2027-06-18'].entries()) {
      const r = await ctx.request(cadre, {
        method: 'PUT',
        url: `/api/workbench/childcare/periods/${past.periods[0]!.id}/attendance/${day}`,
        payload: { marks: [{ enrolmentId: vl.id, present: i < 3 }, { enrolmentId: vg.id, present: true }] }
      })
      assert.equal(r.statusCode, 200, r.body)
    }
    ctx.clock.set('2027-06-19T09:00:00+08:00')
    const next = await publishedClass(ctx, cadre, classInput(yl, {
      title: '暑期抽签托班',
      allocationMode: 'lottery',
      opensAt: '2027-06-19T09:00:00+08:00',
      closesAt: '2027-06-20T09:00:00+08:00',
      drawAt: '2027-06-20T10:00:00+08:00',
      periods: [{ name: '暑一期', startDate: '2027-07-05', endDate: '2027-07-16', dailyStart: '08:30', dailyEnd: '17:00', capacity: 1 }]
    }))
    await signUp(low!, next.periods[0]!.id, { priorityGroups: ['hardship_family'] })
    await signUp(good!, next.periods[0]!.id, { priorityGroups: ['hardship_family'] })
    ctx.clock.set('2027-06-20T10:00:00+08:00')
    await runChildcareSweep(ctx.workflow)
    const record = (await ctx.request(good!.token, { method: 'GET', url: `/api/childcare/periods/${next.periods[0]!.id}/draw` })).json() as DrawRecord
    // 3 of 5 days = 60 % < 70 %: the first child kept no priority, the second did.
    const byPriority = record.entries.map((e) => [e.priority, e.outcome])
    assert.deepEqual(byPriority, [[true, 'held'], [false, 'waitlisted']])
  })
})
