import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('grievance workflow: worker → cadre → worker', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}

  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'parent', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']) {
      tokens[a] = await ctx.login(a)
    }
  })
  after(() => ctx.close())

  const submit = async (union: string, over = {}) => {
    const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions[union]!, over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as TicketDetail
  }
  const act = (who: string, id: string, action: string, payload: object = {}) =>
    ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
  const view = async (who: string, id: string) => {
    const r = await ctx.request(tokens[who], { method: 'GET', url: `/api/tickets/${id}` })
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as TicketDetail
  }

  it('runs the whole loop, with internal notes hidden from the worker and a reopen on 未解决', async () => {
    const t = await submit('yl')
    assert.deepEqual((await view('cadre-township', t.id)).allowedActions, ['acknowledge', 'dispatch', 'transfer', 'refuse', 'note'])
    assert.deepEqual((await view('cadre-county', t.id)).allowedActions, ['mark_unreasonable', 'note'])

    let r = await act('cadre-township', t.id, 'acknowledge')
    assert.equal(r.statusCode, 200, r.body)
    assert.equal((r.json() as TicketDetail).status, 'in_progress')
    assert.deepEqual((r.json() as TicketDetail).allowedActions, ['reply', 'request_info', 'answer', 'transfer', 'refuse', 'request_extension', 'note'])

    r = await act('cadre-township', t.id, 'reply', { body: '已联系企业，正在核实工资发放情况。' })
    assert.equal(r.statusCode, 200)
    r = await act('cadre-township', t.id, 'note', { body: '企业负责人电话 0574-65551234，态度消极。' })
    assert.equal(r.statusCode, 200)

    const seen = await view('worker', t.id)
    assert.ok(seen.events.some((e) => e.body === '已联系企业，正在核实工资发放情况。'))
    assert.ok(!seen.events.some((e) => e.visibility === 'internal' || e.body.includes('态度消极')))
    assert.deepEqual(seen.allowedActions, [])
    const cadreSees = await view('cadre-township', t.id)
    assert.ok(cadreSees.events.some((e) => e.visibility === 'internal' && e.action === 'note'))

    r = await act('cadre-township', t.id, 'answer', { body: '企业已补发八至十月工资。' })
    assert.equal((r.json() as TicketDetail).status, 'answered')
    assert.deepEqual((await view('worker', t.id)).allowedActions, ['confirm', 'reject'])

    r = await act('worker', t.id, 'reject', { body: '' })
    assert.equal(r.statusCode, 400)
    assert.equal((r.json() as ApiErrorBody).error.fields?.body, '请填写未解决的原因')

    r = await act('worker', t.id, 'reject', { body: '只补发了两个月。' })
    const reopened = r.json() as TicketDetail
    assert.equal(reopened.status, 'in_progress')
    assert.equal(reopened.reopenCount, 1)

    await act('cadre-township', t.id, 'answer', { body: '十月工资也已补发。' })
    r = await act('worker', t.id, 'confirm', { speed: 5, attitude: 6, result: 4 })
    assert.equal(r.statusCode, 400)
    assert.equal((r.json() as ApiErrorBody).error.fields?.attitude, '服务态度评分须为 1–5 分')
    r = await act('worker', t.id, 'confirm', { speed: 4 })
    assert.equal((r.json() as ApiErrorBody).error.fields?.result, '请为办理结果打分')
    r = await act('worker', t.id, 'confirm', { speed: 4, attitude: 5, result: 3, comment: '谢谢娘家人！' })
    const closed = r.json() as TicketDetail
    assert.equal(closed.status, 'closed')
    assert.deepEqual(closed.ratings, { speed: 4, attitude: 5, result: 3, comment: '谢谢娘家人！' })
    assert.equal(closed.autoConfirmed, false)
    assert.deepEqual(
      closed.events.map((e) => e.action),
      ['submit', 'acknowledge', 'reply', 'answer', 'reject', 'answer', 'confirm']
    )
  })

  it('records the working days taken to 签收 and to the first 答复 (a 重办 answer keeps the first)', async () => {
    const t = await submit('yl')
    const days = async () =>
      (await ctx.db.query<{ ack: string | null; answer: string | null }>('SELECT ack_working_days AS ack, answer_working_days AS answer FROM tickets WHERE id = $1', [t.id])).rows[0]
    // In on Friday 17:00; the weekend does not count.
    await ctx.db.query("UPDATE tickets SET created_at = '2026-11-27T17:00:00+08:00' WHERE id = $1", [t.id])
    try {
      ctx.clock.set('2026-11-30T09:00:00+08:00')
      assert.equal((await act('cadre-township', t.id, 'acknowledge')).statusCode, 200)
      assert.deepEqual(await days(), { ack: '0.67', answer: null })
      ctx.clock.set('2026-12-01T09:00:00+08:00')
      await act('cadre-township', t.id, 'answer', { body: '企业已补发工资。' })
      assert.deepEqual(await days(), { ack: '0.67', answer: '1.67' })
      ctx.clock.set('2026-12-02T09:00:00+08:00')
      await act('worker', t.id, 'reject', { body: '只补发了一部分。' })
      assert.equal((await act('cadre-township', t.id, 'answer', { body: '已全部补发。' })).statusCode, 200)
      assert.deepEqual(await days(), { ack: '0.67', answer: '1.67' })
    } finally {
      ctx.clock.reset()
    }
  })

  it('refuses an action the state does not allow with 409 and a Chinese message', async () => {
    const t = await submit('yl')
    const r = await act('cadre-township', t.id, 'answer', { body: '答复' })
    assert.equal(r.statusCode, 409)
    const body = r.json() as ApiErrorBody
    assert.equal(body.error.code, 'TRANSITION_NOT_ALLOWED')
    assert.match(body.error.message, /待签收.*不能答复/)
    assert.equal((await view('worker', t.id)).status, 'submitted')
  })

  it('refuses an action of the wrong role, and lets the worker withdraw', async () => {
    const t = await submit('yl')
    let r = await act('worker', t.id, 'acknowledge')
    assert.equal(r.statusCode, 409)
    assert.equal((r.json() as ApiErrorBody).error.message, '您的身份不能对这件诉求执行“签收”')
    r = await act('cadre-township', t.id, 'withdraw')
    assert.equal(r.statusCode, 409)
    r = await act('worker', t.id, 'withdraw', { body: '已和老板协商好' })
    assert.equal((r.json() as TicketDetail).status, 'withdrawn')
    assert.equal((await act('cadre-township', t.id, 'acknowledge')).statusCode, 409)
  })

  it('scopes cadres to their union’s subtree; outsiders see nothing', async () => {
    const t = await submit('yl')
    assert.equal((await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/tickets/${t.id}` })).statusCode, 200)
    assert.equal((await ctx.request(tokens['cadre-city'], { method: 'GET', url: `/api/tickets/${t.id}` })).statusCode, 200)
    for (const outsider of ['cadre-industry', 'parent']) {
      const r = await ctx.request(tokens[outsider], { method: 'GET', url: `/api/tickets/${t.id}` })
      assert.equal(r.statusCode, 404, outsider)
      assert.equal((await act(outsider, t.id, 'acknowledge')).statusCode, 404, outsider)
    }
    // Above the handling union one supervises; only the handler signs for it.
    assert.equal((await act('cadre-county', t.id, 'acknowledge')).statusCode, 409)
    assert.equal((await act('cadre-township', t.id, 'acknowledge')).statusCode, 200)
  })

  it('lets exactly one of two simultaneous acknowledgements win', async () => {
    const t = await submit('yl')
    const results = await Promise.all([act('cadre-township', t.id, 'acknowledge'), act('cadre-township', t.id, 'acknowledge')])
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409])
    const events = await ctx.db.query("SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND action = 'acknowledge'", [t.id])
    assert.equal(events.rows[0].n, 1)
  })

  it('treats a retried action (same request id) as done once', async () => {
    const t = await submit('yl')
    await act('cadre-township', t.id, 'acknowledge')
    const payload = { body: '收到，马上处理。', clientRequestId: 'reply-retry-0001' }
    const [a, b] = await Promise.all([act('cadre-township', t.id, 'reply', payload), act('cadre-township', t.id, 'reply', payload)])
    assert.equal(a.statusCode, 200)
    assert.equal(b.statusCode, 200)
    const replies = (await view('worker', t.id)).events.filter((e) => e.action === 'reply')
    assert.equal(replies.length, 1)
  })

  it('keeps a confidential request away from the worker’s enterprise union', async () => {
    const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.sd!, { confidential: true }) })
    assert.equal(r.statusCode, 400)
    assert.match((r.json() as ApiErrorBody).error.fields?.targetUnionId ?? '', /不能提交给企业工会/)
    const t = await submit('yl', { confidential: true })
    assert.equal((await ctx.request(tokens['cadre-enterprise'], { method: 'GET', url: `/api/tickets/${t.id}` })).statusCode, 404)
    const township = await view('cadre-township', t.id)
    assert.equal(township.requesterName, '张建军')
    assert.equal(township.contactPhone, '13805741234')
  })

  it('keeps the event history append-only in the database itself', async () => {
    const t = await submit('yl')
    await assert.rejects(ctx.db.query("UPDATE ticket_events SET body = 'x' WHERE ticket_id = $1", [t.id]), /append-only/)
    await assert.rejects(ctx.db.query('DELETE FROM ticket_events WHERE ticket_id = $1', [t.id]), /append-only/)
  })

  it('answers unknown ids and actions with 404', async () => {
    assert.equal((await ctx.request(tokens.worker, { method: 'GET', url: '/api/tickets/not-a-uuid' })).statusCode, 404)
    assert.equal((await ctx.request(tokens.worker, { method: 'GET', url: `/api/tickets/${crypto.randomUUID()}` })).statusCode, 404)
    const t = await submit('yl')
    assert.equal((await act('worker', t.id, 'teleport')).statusCode, 404)
  })
})
