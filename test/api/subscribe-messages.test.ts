// WeChat subscribe messages (进度通知): consent is counted, one consent buys exactly one
// message, the outbox row is written with the action, and the sender talks to a WeChat stub
// on 127.0.0.1 — final errors are never retried, transient ones are, up to MAX_ATTEMPTS.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { MAX_ATTEMPTS, sendOutboxMessage } from '../../server/notifications/wechat-sender'
import { createWechatClient, type WechatConfig } from '../../server/wechat/client'
import type { Notification, Page, SubscribeTemplates, TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'
import { startWechatSendStub, type WechatSendStub } from './wechat-send-stub'

const TEMPLATE = 'tmpl-progress'

interface OutboxRow {
  id: string
  user_id: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  status: 'pending' | 'sent' | 'failed'
  attempts: number
  last_error: string | null
  sent_at: Date | null
}

describe('WeChat subscribe messages (进度通知)', () => {
  let ctx: TestContext
  let stub: WechatSendStub
  let wechat: WechatConfig
  const tokens: Record<string, string> = {}

  before(async () => {
    stub = await startWechatSendStub()
    wechat = { appId: 'wx-send-test', appSecret: 'send-secret', apiBase: stub.baseUrl }
    ctx = await createTestContext({ env: { WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE }, wechat })
    for (const a of ['worker', 'parent', 'cadre-township']) tokens[a] = await ctx.login(a)
  })
  after(async () => {
    await ctx.close()
    await stub.close()
  })
  beforeEach(() => {
    stub.reset()
    ctx.clock.reset()
  })

  const subscribe = (who: string, results: unknown) =>
    ctx.request(tokens[who], { method: 'POST', url: '/api/subscriptions', payload: { results } })
  const accept = async (who: string) => {
    const r = await subscribe(who, { [TEMPLATE]: 'accept' })
    assert.equal(r.statusCode, 204, r.body)
  }
  const submit = async (who: string, over = {}) => {
    const r = await ctx.request(tokens[who], { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!, over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as TicketDetail
  }
  const act = async (who: string, id: string, action: string, payload: object = {}) => {
    const r = await ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
    assert.equal(r.statusCode, 200, `${action}: ${r.body}`)
    return r.json() as TicketDetail
  }
  const outboxOf = async (who: string) =>
    (await ctx.db.query<OutboxRow>('SELECT * FROM outbox_messages WHERE user_id = $1 ORDER BY created_at, id', [ctx.seed.users[who]])).rows
  const outboxRow = async (id: string) => (await ctx.db.query<OutboxRow>('SELECT * FROM outbox_messages WHERE id = $1', [id])).rows[0]!
  const quota = async (who: string) =>
    (await ctx.db.query<{ template_id: string; remaining: number }>('SELECT template_id, remaining FROM subscribe_quota WHERE user_id = $1 ORDER BY template_id', [ctx.seed.users[who]])).rows
  /** A consent, a new grievance and its 签收: returns the one outbox row that queued. */
  const queueOne = async (who: string, over = {}) => {
    await accept(who)
    const t = await submit(who, over)
    const before = ctx.dispatched.length
    await act('cadre-township', t.id, 'acknowledge')
    assert.equal(ctx.dispatched.length, before + 1, 'one message handed to the queue')
    return { ticket: t, outboxId: ctx.dispatched.at(-1)! }
  }
  const setOpenid = (who: string, openid: string | null) => ctx.db.query('UPDATE users SET openid = $2 WHERE id = $1', [ctx.seed.users[who], openid])

  it('offers the configured template id', async () => {
    const r = await ctx.request(tokens.worker, { method: 'GET', url: '/api/subscriptions/templates' })
    assert.equal(r.statusCode, 200)
    assert.deepEqual(r.json() as SubscribeTemplates, { progress: [TEMPLATE] })
    assert.equal((await ctx.request(undefined, { method: 'GET', url: '/api/subscriptions/templates' })).statusCode, 401)
    assert.equal((await ctx.request(undefined, { method: 'POST', url: '/api/subscriptions', payload: { results: { [TEMPLATE]: 'accept' } } })).statusCode, 401)
  })

  it('queues nothing for WeChat without the worker’s consent, but still writes the in-app message', async () => {
    assert.deepEqual(await quota('parent'), [])
    const t = await submit('parent')
    const before = ctx.dispatched.length
    await act('cadre-township', t.id, 'acknowledge')
    assert.equal(ctx.dispatched.length, before)
    assert.deepEqual(await outboxOf('parent'), [])
    const inbox = (await ctx.request(tokens.parent, { method: 'GET', url: '/api/notifications' })).json() as Page<Notification>
    assert.ok(inbox.items.some((n) => n.ticketId === t.id && n.title === '诉求已签收'))
  })

  it('spends one consent on exactly one message; a second notice queues nothing', async () => {
    await accept('worker')
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 1 }])
    const before = ctx.dispatched.length
    const beforeRows = (await outboxOf('worker')).length

    // Submitting notifies the cadres only: the worker's consent is untouched.
    const t = await submit('worker')
    assert.equal(ctx.dispatched.length, before)
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 1 }])

    // An action the table refuses rolls back: nothing queued, nothing spent.
    const refused = await ctx.request(tokens['cadre-township'], { method: 'POST', url: `/api/tickets/${t.id}/actions/answer`, payload: { body: '答复' } })
    assert.equal(refused.statusCode, 409)
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 1 }])

    await act('cadre-township', t.id, 'acknowledge')
    assert.equal(ctx.dispatched.length, before + 1)
    const rows = await outboxOf('worker')
    assert.equal(rows.length, beforeRows + 1)
    const row = rows.at(-1)!
    assert.equal(ctx.dispatched.at(-1), row.id)
    assert.equal(row.status, 'pending')
    assert.equal(row.attempts, 0)
    assert.equal(row.template_id, TEMPLATE)
    assert.equal(row.data.character_string1?.value, t.number)
    assert.equal(row.data.phrase2?.value, '已签收')
    assert.ok(row.page.includes(t.id), row.page)
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 0 }])

    // The next notice with a WeChat status finds no consent left.
    await act('cadre-township', t.id, 'request_info', { body: '请补充工资条。' })
    assert.equal(ctx.dispatched.length, before + 1)
    assert.equal((await outboxOf('worker')).length, beforeRows + 1)
    // …while the in-app message is still written.
    const inbox = (await ctx.request(tokens.worker, { method: 'GET', url: '/api/notifications' })).json() as Page<Notification>
    assert.ok(inbox.items.some((n) => n.ticketId === t.id && n.title === '请补充材料'))
  })

  it('keeps a consent for a notice that has a WeChat status; two consents buy two messages', async () => {
    const t = await submit('worker')
    await act('cadre-township', t.id, 'acknowledge') // no consent left from before: nothing queued
    await accept('worker')
    await accept('worker')
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 2 }])
    const before = ctx.dispatched.length
    // 回复 has no WeChat status: in-app only, the consent stays.
    await act('cadre-township', t.id, 'reply', { body: '已联系企业。' })
    assert.equal(ctx.dispatched.length, before)
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 2 }])
    await act('cadre-township', t.id, 'request_info', { body: '请补充劳动合同。' })
    await act('worker', t.id, 'supplement', { body: '合同照片已上传。' })
    await act('cadre-township', t.id, 'answer', { body: '已补发。' })
    assert.equal(ctx.dispatched.length, before + 2)
    const statuses = await Promise.all(ctx.dispatched.slice(before).map(async (id) => (await outboxRow(id)).data.phrase2?.value))
    assert.deepEqual(statuses, ['待补充', '已答复'])
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 0 }])
  })

  it('lets one consent pay for only one of several simultaneous notices', async () => {
    // Spend whatever is left first, so exactly one consent is on the books.
    await ctx.db.query('UPDATE subscribe_quota SET remaining = 0 WHERE user_id = $1', [ctx.seed.users.worker])
    await accept('worker')
    const tickets: TicketDetail[] = []
    for (let i = 0; i < 5; i++) tickets.push(await submit('worker'))
    const before = ctx.dispatched.length
    const beforeRows = (await outboxOf('worker')).length
    const results = await Promise.all(
      tickets.map((t) => ctx.request(tokens['cadre-township'], { method: 'POST', url: `/api/tickets/${t.id}/actions/acknowledge`, payload: {} }))
    )
    assert.deepEqual(results.map((r) => r.statusCode), [200, 200, 200, 200, 200])
    assert.equal(ctx.dispatched.length, before + 1)
    assert.equal((await outboxOf('worker')).length, beforeRows + 1)
    assert.deepEqual(await quota('worker'), [{ template_id: TEMPLATE, remaining: 0 }])
  })

  it('ignores an accept for a template that is not ours, and rejects/bans count nothing', async () => {
    let r = await subscribe('parent', { 'tmpl-someone-else': 'accept', [TEMPLATE]: 'reject' })
    assert.equal(r.statusCode, 204, r.body)
    r = await subscribe('parent', { [TEMPLATE]: 'ban' })
    assert.equal(r.statusCode, 204, r.body)
    r = await subscribe('parent', { [TEMPLATE]: 'filter' })
    assert.equal(r.statusCode, 204, r.body)
    assert.deepEqual(await quota('parent'), [])
    const t = await submit('parent')
    const before = ctx.dispatched.length
    await act('cadre-township', t.id, 'acknowledge')
    assert.equal(ctx.dispatched.length, before)
    assert.deepEqual(await outboxOf('parent'), [])
  })

  const expectChinese400 = async (payload: object, field: string, message: RegExp) => {
    const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/subscriptions', payload })
    assert.equal(r.statusCode, 400, JSON.stringify(payload))
    const body = r.json() as ApiErrorBody
    assert.equal(body.error.code, 'VALIDATION_FAILED')
    assert.match(body.error.message, /[\u4e00-\u9fa5]/)
    assert.match(body.error.fields?.[field] ?? '', message, `${JSON.stringify(payload)} → ${JSON.stringify(body.error.fields)}`)
  }

  it('rejects a malformed consent payload with 400 and a Chinese message', async () => {
    await expectChinese400({ results: { [TEMPLATE]: 'yes' } }, `results.${TEMPLATE}`, /订阅结果格式不正确/)
    await expectChinese400({ results: { a: 'accept', b: 'accept', c: 'accept', d: 'accept' } }, 'results', /一次最多订阅 3 个模板/)
    // Nothing half-applied: the valid entry in a refused payload granted no consent.
    const before = (await quota('worker'))[0]?.remaining ?? 0
    const r = await subscribe('worker', { [TEMPLATE]: 'accept', x: 'accept', y: 'accept', z: 'accept' })
    assert.equal(r.statusCode, 400)
    assert.equal((await quota('worker'))[0]?.remaining ?? 0, before)
  })

  it('rejects a malformed template id, or a missing/non-object results, with a Chinese message', async () => {
    await expectChinese400({ results: { 'bad id!': 'accept' } }, 'results.bad id!', /模板编号格式不正确/)
    for (const payload of [{}, { results: 'accept' }, { results: [TEMPLATE] }]) {
      await expectChinese400(payload, 'results', /[\u4e00-\u9fa5]/)
    }
  })

  it('sends the right template, page and data to WeChat and marks the message sent', async () => {
    await setOpenid('worker', 'o-worker-send')
    ctx.clock.set('2026-11-23T10:30:00+08:00')
    const title = '分拣中心拖欠夜班补贴'
    const description = '十月份的夜班补贴一共八百元至今没有发放，站点负责人说要等总部审批，已经拖了两个月。'
    const contactPhone = '13912345678'
    const { ticket, outboxId } = await queueOne('worker', { title, description, contactPhone })

    const outcome = await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId)
    assert.equal(outcome, 'sent')
    assert.equal(stub.sendCalls.length, 1)
    const call = stub.sendCalls[0]!
    assert.ok(call.accessToken && stub.issuedTokens.includes(call.accessToken), `token ${call.accessToken}`)
    assert.equal(call.body.touser, 'o-worker-send')
    assert.equal(call.body.template_id, TEMPLATE)
    assert.equal(call.body.page, `packages/grievance/detail/index?id=${ticket.id}`)
    const data = call.body.data!
    assert.deepEqual(Object.keys(data).sort(), ['character_string1', 'phrase2', 'thing4', 'time3'])
    assert.equal(data.character_string1!.value, ticket.number)
    assert.equal(data.phrase2!.value, '已签收')
    assert.equal(data.time3!.value, '2026-11-23 10:30', 'Shanghai wall-clock time of the action')
    // WeChat's keyword limits: phrase ≤ 5 chars, thing ≤ 20, character_string ≤ 32 ASCII.
    assert.ok([...data.phrase2!.value].length <= 5)
    assert.ok([...data.thing4!.value].length >= 1 && [...data.thing4!.value].length <= 20, data.thing4!.value)
    assert.match(data.character_string1!.value, /^[\x21-\x7e]{1,32}$/)
    const text = JSON.stringify(call.body)
    for (const secret of [title, description, description.slice(0, 10), '张建军', '13805741234', contactPhone]) {
      assert.ok(!text.includes(secret), `the WeChat message contains “${secret}”`)
    }
    // This client's first send: it asked the stub for a token with our app's credentials.
    assert.equal(stub.tokenCalls.length, 1)
    for (const c of stub.tokenCalls) {
      assert.equal(c.body.appid, 'wx-send-test')
      assert.equal(c.body.secret, 'send-secret')
      assert.equal(c.body.grant_type, 'client_credential')
    }

    const row = await outboxRow(outboxId)
    assert.equal(row.status, 'sent')
    assert.equal(row.attempts, 1)
    assert.ok(row.sent_at)
    assert.equal(row.last_error, null)

    // Sent is final: running it again sends nothing.
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'skipped')
    assert.equal(stub.sendCalls.length, 1)
  })

  it('fails a message for a user with no openid without calling WeChat', async () => {
    await setOpenid('parent', null)
    const { outboxId } = await queueOne('parent')
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'failed')
    assert.equal(stub.sendCalls.length, 0)
    assert.equal((await outboxRow(outboxId)).status, 'failed')
  })

  it('gives up on 43101 (no consent at WeChat) after exactly one call, and never retries it', async () => {
    await setOpenid('worker', 'o-worker-send')
    const { outboxId } = await queueOne('worker')
    stub.sendReplies.push({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'failed')
    assert.equal(stub.sendCalls.length, 1)
    let row = await outboxRow(outboxId)
    assert.equal(row.status, 'failed')
    assert.equal(row.attempts, 1)
    assert.match(row.last_error ?? '', /43101/)
    assert.equal(row.sent_at, null)

    // The queue may run it again (a redelivered job): still no second call.
    for (let i = 0; i < 3; i++) assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'skipped')
    assert.equal(stub.sendCalls.length, 1)
    row = await outboxRow(outboxId)
    assert.equal(row.status, 'failed')
    assert.equal(row.attempts, 1)
  })

  it('retries “system busy” (-1) and fails the message after MAX_ATTEMPTS', async () => {
    assert.ok(MAX_ATTEMPTS > 1)
    await setOpenid('worker', 'o-worker-send')
    const { outboxId } = await queueOne('worker')
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) stub.sendReplies.push({ errcode: -1, errmsg: 'system error' })

    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'retry')
    let row = await outboxRow(outboxId)
    assert.equal(row.status, 'pending')
    assert.equal(row.attempts, 1)
    assert.match(row.last_error ?? '', /-1/)
    assert.equal(stub.sendCalls.length, 1)

    const outcomes: string[] = []
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      outcomes.push(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId))
      row = await outboxRow(outboxId)
      assert.equal(row.attempts, i + 1)
    }
    assert.deepEqual(outcomes, [...Array<string>(MAX_ATTEMPTS - 2).fill('retry'), 'failed'])
    assert.equal(row.status, 'failed')
    assert.equal(stub.sendCalls.length, MAX_ATTEMPTS)
    // Once failed it is never tried again.
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'skipped')
    assert.equal(stub.sendCalls.length, MAX_ATTEMPTS)
  })

  it('a message that succeeds on a retry is sent once', async () => {
    await setOpenid('worker', 'o-worker-send')
    const { outboxId } = await queueOne('worker')
    stub.sendReplies.push({ errcode: -1, errmsg: 'system error' })
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'retry')
    assert.equal(await sendOutboxMessage(ctx.db, ctx.deps.wechat, outboxId), 'sent')
    const row = await outboxRow(outboxId)
    assert.equal(row.status, 'sent')
    assert.equal(row.attempts, 2)
    assert.equal(row.last_error, null)
    assert.equal(stub.sendCalls.length, 2)
  })

  it('keeps the access token between sends, and fetches a new one after 40001 (expired token)', async () => {
    // A client of our own, so the token cache starts empty.
    const client = createWechatClient(wechat)
    await setOpenid('worker', 'o-worker-send')
    const a = await queueOne('worker')
    const b = await queueOne('worker')
    const c = await queueOne('worker')

    assert.equal(await sendOutboxMessage(ctx.db, client, a.outboxId), 'sent')
    assert.equal(stub.tokenCalls.length, 1)
    const first = stub.issuedTokens.at(-1)!
    assert.equal(stub.sendCalls[0]!.accessToken, first)

    // The token is kept; WeChat then says it has expired.
    stub.sendReplies.push({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
    assert.equal(await sendOutboxMessage(ctx.db, client, b.outboxId), 'retry')
    assert.equal(stub.tokenCalls.length, 1, 'the cached token was used')
    assert.equal(stub.sendCalls[1]!.accessToken, first)
    assert.equal((await outboxRow(b.outboxId)).status, 'pending')

    // The next call asks for a new token and uses it.
    assert.equal(await sendOutboxMessage(ctx.db, client, b.outboxId), 'sent')
    assert.equal(stub.tokenCalls.length, 2)
    const second = stub.issuedTokens.at(-1)!
    assert.notEqual(second, first)
    assert.equal(stub.sendCalls[2]!.accessToken, second)

    // …and keeps that one.
    assert.equal(await sendOutboxMessage(ctx.db, client, c.outboxId), 'sent')
    assert.equal(stub.tokenCalls.length, 2)
    assert.equal(stub.sendCalls[3]!.accessToken, second)
  })
})

describe('WeChat subscribe messages when no template is configured', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}

  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'cadre-township']) tokens[a] = await ctx.login(a)
  })
  after(() => ctx.close())

  it('offers no template, counts no consent and queues nothing', async () => {
    const r = await ctx.request(tokens.worker, { method: 'GET', url: '/api/subscriptions/templates' })
    assert.deepEqual(r.json() as SubscribeTemplates, { progress: [] })
    const s = await ctx.request(tokens.worker, { method: 'POST', url: '/api/subscriptions', payload: { results: { [TEMPLATE]: 'accept' } } })
    assert.equal(s.statusCode, 204)
    assert.equal((await ctx.db.query('SELECT 1 FROM subscribe_quota')).rowCount, 0)
    const t = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!) })
    const id = (t.json() as TicketDetail).id
    const a = await ctx.request(tokens['cadre-township'], { method: 'POST', url: `/api/tickets/${id}/actions/acknowledge`, payload: {} })
    assert.equal(a.statusCode, 200)
    assert.deepEqual(ctx.dispatched, [])
    assert.equal((await ctx.db.query('SELECT 1 FROM outbox_messages')).rowCount, 0)
  })
})
