// The deadline clock and the escalation job with a controlled clock: due → yellow → red →
// 督办 at the parent union; the 待补充材料 pause; 延期; two 重办; the 7-day auto-confirmation;
// and a year without holiday data before and after an admin enters the notice.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { Notification, Page, TicketDetail, TicketSummary, WorkbenchAlerts } from '../../types/api'
import { runDeadlineSweep } from '../../server/deadlines/sweep'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('deadlines and the escalation job', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}

  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'cadre-township', 'cadre-county', 'cadre-city']) tokens[a] = await ctx.login(a)
  })
  after(() => ctx.close())
  beforeEach(() => ctx.clock.set('2026-11-23T10:00:00+08:00')) // a Monday

  const get = async <T>(who: string, url: string): Promise<T> => {
    const r = await ctx.request(tokens[who], { method: 'GET', url })
    assert.equal(r.statusCode, 200, `${url}: ${r.body}`)
    return r.json() as T
  }
  const act = async (who: string, id: string, action: string, payload: object = {}) => {
    const r = await ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
    assert.equal(r.statusCode, 200, `${action}: ${r.body}`)
    return r.json() as TicketDetail
  }
  const submit = async (union = 'yl', over = {}) => {
    const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions[union]!, over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as TicketDetail
  }
  const view = (who: string, id: string) => get<TicketDetail>(who, `/api/tickets/${id}`)
  const supervisions = async (id: string) =>
    (await ctx.db.query<{ reason: string; union_id: string; resolved: boolean }>(
      'SELECT reason, union_id, resolved_at IS NOT NULL AS resolved FROM supervisions WHERE ticket_id = $1 ORDER BY created_at', [id])).rows
  const notices = async (who: string) => (await get<Page<Notification>>(who, '/api/notifications')).items

  it('promises an answer date and turns green → yellow → red → 督办 at the parent union', async () => {
    const t = await submit()
    assert.equal(t.promisedAnswerDate, '2026-11-30')
    assert.equal(t.dueKind, 'acknowledge')
    assert.equal(t.dueAt, '2026-11-24T16:00:00.000Z') // end of Tuesday in Shanghai
    assert.equal(t.dueLight, 'green')
    assert.equal(t.workingDaysLeft, 2)

    ctx.clock.set('2026-11-24T09:00:00+08:00')
    assert.equal((await view('cadre-township', t.id)).dueLight, 'yellow')
    await runDeadlineSweep(ctx.workflow)
    await runDeadlineSweep(ctx.workflow) // a reminder lands once
    assert.equal((await notices('cadre-township')).filter((n) => n.ticketId === t.id && n.title === '临期提醒：签收').length, 1)
    assert.deepEqual(await supervisions(t.id), [])

    ctx.clock.set('2026-11-25T00:00:01+08:00')
    const red = await view('cadre-township', t.id)
    assert.equal(red.dueLight, 'red')
    assert.ok(red.workingDaysLeft! <= 0)
    const [a, b] = await Promise.all([runDeadlineSweep(ctx.workflow), runDeadlineSweep(ctx.workflow)])
    assert.equal(a.escalated + b.escalated, 1, 'two job runners raise one 督办')
    assert.deepEqual(await supervisions(t.id), [{ reason: 'ack_overdue', union_id: ctx.seed.unions.nh, resolved: false }])
    // Visible on both workbenches.
    for (const who of ['cadre-county', 'cadre-township']) {
      const page = await get<Page<TicketSummary>>(who, '/api/workbench/tickets?supervised=true')
      assert.deepEqual(page.items.map((i) => i.id), [t.id], who)
      assert.equal(page.items[0]!.supervised, true)
    }
    assert.ok((await notices('cadre-county')).some((n) => n.ticketId === t.id && n.title === '督办提醒'))
    assert.ok((await notices('worker')).some((n) => n.ticketId === t.id && n.title === '您的诉求已提请督办'))
    const alerts = await get<WorkbenchAlerts>('cadre-county', '/api/workbench/alerts')
    assert.equal(alerts.overdue, 1)
    assert.equal(alerts.supervised, 1)
    const escalated = await view('worker', t.id)
    assert.equal(escalated.events.at(-1)!.action, 'escalate')
    assert.equal(escalated.events.at(-1)!.actorName, '系统')
    assert.equal(escalated.supervised, false, 'the worker is not shown the internal flag')

    // Signing for it settles the acknowledgement 督办; the answer clock runs on.
    const acked = await act('cadre-township', t.id, 'acknowledge')
    assert.equal(acked.dueKind, 'answer')
    assert.equal(acked.dueAt, '2026-11-30T16:00:00.000Z')
    assert.deepEqual(await supervisions(t.id), [{ reason: 'ack_overdue', union_id: ctx.seed.unions.nh, resolved: true }])
  })

  it('pauses the answer clock while waiting for material and adds the paused working days', async () => {
    const t = await submit()
    await act('cadre-township', t.id, 'acknowledge')
    ctx.clock.set('2026-11-25T10:00:00+08:00') // Wednesday
    const waiting = await act('cadre-township', t.id, 'request_info', { body: '请补充工资条' })
    assert.equal(waiting.status, 'awaiting_info')
    assert.equal(waiting.dueAt, null)
    assert.equal(waiting.dueLight, null)
    ctx.clock.set('2026-12-10T10:00:00+08:00') // long past the original date: paused, so no 督办
    await runDeadlineSweep(ctx.workflow)
    assert.deepEqual(await supervisions(t.id), [])
    ctx.clock.set('2026-11-27T10:00:00+08:00') // Friday: Wednesday and Thursday stood still
    const resumed = await act('worker', t.id, 'supplement', { body: '工资条已上传' })
    assert.equal(resumed.status, 'in_progress')
    assert.equal(resumed.promisedAnswerDate, '2026-12-02')
    assert.ok((await notices('cadre-township')).some((n) => n.ticketId === t.id && n.title === '职工已补充材料'))
  })

  it('moves the answer date when the parent union approves an extension', async () => {
    const t = await submit()
    await act('cadre-township', t.id, 'acknowledge')
    const asked = await act('cadre-township', t.id, 'request_extension', { days: 2, body: '企业负责人出差' })
    assert.equal(asked.extension?.status, 'pending')
    assert.equal(asked.promisedAnswerDate, '2026-11-30')
    const approved = await act('cadre-county', t.id, 'approve_extension')
    assert.equal(approved.promisedAnswerDate, '2026-12-02')
    assert.equal(approved.extension?.status, 'approved')
    assert.ok((await notices('worker')).some((n) => n.ticketId === t.id && n.title === '答复期限已延长'))
    // After the deadline no extension may be asked for.
    ctx.clock.set('2026-12-03T09:00:00+08:00')
    const late = await ctx.request(tokens['cadre-township'], { method: 'POST', url: `/api/tickets/${t.id}/actions/request_extension`, payload: { days: 1, body: '再延' } })
    assert.equal(late.statusCode, 409)
    assert.equal(late.json().error.message, '已超过答复期限，不能再申请延期')
  })

  it('raises a 督办 on the second 重办', async () => {
    const t = await submit()
    await act('cadre-township', t.id, 'acknowledge')
    for (let round = 1; round <= 2; round++) {
      await act('cadre-township', t.id, 'answer', { body: `第 ${round} 次答复` })
      const back = await act('worker', t.id, 'reject', { body: '问题还在' })
      assert.equal(back.reopenCount, round)
      assert.equal(back.status, 'in_progress')
    }
    assert.deepEqual((await supervisions(t.id)).map((s) => [s.reason, s.union_id]), [['reopened_twice', ctx.seed.unions.nh]])
  })

  it('confirms automatically after 7 silent days, marked as such', async () => {
    const t = await submit()
    await act('cadre-township', t.id, 'acknowledge')
    await act('cadre-township', t.id, 'answer', { body: '已协调补发' })
    ctx.clock.set('2026-11-30T09:59:00+08:00')
    assert.equal((await runDeadlineSweep(ctx.workflow)).autoConfirmed, 0)
    assert.equal((await view('worker', t.id)).status, 'answered')
    ctx.clock.set('2026-11-30T10:01:00+08:00')
    await runDeadlineSweep(ctx.workflow)
    const closed = await view('worker', t.id)
    assert.equal(closed.status, 'closed')
    assert.equal(closed.autoConfirmed, true)
    assert.equal(closed.ratings, null)
    assert.deepEqual([closed.events.at(-1)!.action, closed.events.at(-1)!.actorRole], ['auto_confirm', 'system'])
  })

  it('counts 2027 conservatively until an admin enters the notice, and warns the workbench', async () => {
    ctx.clock.set('2026-12-31T10:00:00+08:00')
    assert.deepEqual((await get<WorkbenchAlerts>('cadre-township', '/api/workbench/alerts')).missingHolidayYears, [2027])
    assert.equal((await submit('yl', { urgent: true })).promisedAnswerDate, '2027-01-01')
    const r = await ctx.request(tokens['cadre-city'], {
      method: 'POST', url: '/api/workbench/calendar/overrides', payload: { date: '2027-01-01', kind: 'holiday', note: '国务院办公厅关于2027年部分节假日安排的通知' }
    })
    assert.equal(r.statusCode, 200, r.body)
    // The day counts at once; the warning stays until the admin confirms the year is complete.
    assert.equal((await submit('yl', { urgent: true })).promisedAnswerDate, '2027-01-04')
    assert.deepEqual((await get<WorkbenchAlerts>('cadre-township', '/api/workbench/alerts')).missingHolidayYears, [2027])
    const confirmed = await ctx.request(tokens['cadre-city'], { method: 'POST', url: '/api/workbench/calendar/years/2027/confirm' })
    assert.equal(confirmed.statusCode, 200, confirmed.body)
    assert.deepEqual(confirmed.json().confirmedYears.map((y: { year: number; confirmedBy: string }) => [y.year, y.confirmedBy]), [[2027, '赵敏']])
    assert.deepEqual((await get<WorkbenchAlerts>('cadre-township', '/api/workbench/alerts')).missingHolidayYears, [])
    const notAdmin = await ctx.request(tokens['cadre-township'], { method: 'POST', url: '/api/workbench/calendar/years/2027/confirm' })
    assert.equal(notAdmin.statusCode, 403)
  })
})
