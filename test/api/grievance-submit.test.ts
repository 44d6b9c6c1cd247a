import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { ApiErrorBody } from '../../types/errors'
import type { TicketDetail, UploadResponse } from '../../types/api'
import { createTestContext, type TestContext } from './context'
import { grievance, multipart, PNG_1PX } from './fixtures'

describe('POST /api/grievances', () => {
  let ctx: TestContext
  let worker: string
  let parent: string
  let yl: string
  const count = async () => (await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets')).rows[0]!.n

  before(async () => {
    ctx = await createTestContext()
    worker = await ctx.login('worker')
    parent = await ctx.login('parent')
    yl = ctx.seed.unions.yl!
  })
  after(() => ctx.close())

  it('requires login', async () => {
    const res = await ctx.request(undefined, { method: 'POST', url: '/api/grievances', payload: grievance(yl) })
    assert.equal(res.statusCode, 401)
    assert.equal((res.json() as ApiErrorBody).error.code, 'UNAUTHENTICATED')
  })

  it('creates a ticket with a human number, the submit event and the requester actions', async () => {
    const res = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: grievance(yl, { confidential: true }) })
    assert.equal(res.statusCode, 201)
    const t = res.json() as TicketDetail
    assert.match(t.number, /^SS\d{8}-\d{6}$/)
    assert.equal(t.status, 'submitted')
    assert.equal(t.targetUnion.name, '跃龙街道总工会')
    assert.equal(t.confidential, true)
    assert.deepEqual(t.allowedActions, ['withdraw'])
    assert.deepEqual(t.events.map((e) => e.action), ['submit'])
  })

  it('answers every bad field with a Chinese message and stores nothing', async () => {
    const before = await count()
    const res = await ctx.request(worker, {
      method: 'POST',
      url: '/api/grievances',
      payload: grievance(yl, {
        category: 'nonsense' as never,
        title: '短',
        description: 'x'.repeat(2001),
        contactPhone: '12345',
        attachmentIds: Array.from({ length: 7 }, () => crypto.randomUUID())
      })
    })
    assert.equal(res.statusCode, 400)
    const body = res.json() as ApiErrorBody
    assert.equal(body.error.code, 'VALIDATION_FAILED')
    assert.equal(body.error.fields?.category, '请选择诉求类别')
    assert.equal(body.error.fields?.title, '标题至少 4 个字')
    assert.equal(body.error.fields?.description, '诉求描述不能超过 2000 个字')
    assert.match(body.error.fields?.contactPhone ?? '', /手机号/)
    assert.equal(body.error.fields?.attachmentIds, '照片最多 6 张')
    assert.equal(await count(), before)
  })

  it('rejects a union that does not exist', async () => {
    const res = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: grievance(crypto.randomUUID()) })
    assert.equal(res.statusCode, 400)
    assert.equal((res.json() as ApiErrorBody).error.fields?.targetUnionId, '所选工会不存在，请重新选择')
  })

  it('rejects malformed JSON with a Chinese message', async () => {
    const res = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: '{"title":', headers: { 'content-type': 'application/json' } })
    assert.equal(res.statusCode, 400)
    assert.equal((res.json() as ApiErrorBody).error.message, '请求内容不是有效的 JSON')
  })

  it('turns a double tap or retry into one ticket, even when both arrive at once', async () => {
    const before = await count()
    const payload = grievance(yl)
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => ctx.request(worker, { method: 'POST', url: '/api/grievances', payload }))
    )
    const statuses = [a!, b!, c!].map((r) => r.statusCode).sort()
    assert.deepEqual(statuses, [200, 200, 201])
    const ids = new Set([a!, b!, c!].map((r) => (r.json() as TicketDetail).id))
    assert.equal(ids.size, 1)
    assert.equal(await count(), before + 1)
  })

  it('the same request id from another person is a different ticket', async () => {
    const payload = grievance(yl)
    const a = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload })
    const b = await ctx.request(parent, { method: 'POST', url: '/api/grievances', payload })
    assert.equal(a.statusCode, 201)
    assert.equal(b.statusCode, 201)
    assert.notEqual((a.json() as TicketDetail).id, (b.json() as TicketDetail).id)
  })

  it('attaches the requester’s own photos and refuses someone else’s, storing nothing', async () => {
    const upload = async (token: string) => {
      const m = multipart('a.png', 'image/png', PNG_1PX)
      const r = await ctx.request(token, { method: 'POST', url: '/api/uploads', ...m })
      assert.equal(r.statusCode, 201, r.body)
      return (r.json() as UploadResponse).id
    }
    const mine = await upload(worker)
    const theirs = await upload(parent)
    const before = await count()
    const bad = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: grievance(yl, { attachmentIds: [mine, theirs] }) })
    assert.equal(bad.statusCode, 400)
    assert.match((bad.json() as ApiErrorBody).error.fields?.attachmentIds ?? '', /照片已失效/)
    assert.equal(await count(), before)
    const still = await ctx.db.query('SELECT ticket_id FROM attachments WHERE id = $1', [mine])
    assert.equal(still.rows[0].ticket_id, null)

    const ok = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: grievance(yl, { attachmentIds: [mine] }) })
    assert.equal(ok.statusCode, 201)
    const t = ok.json() as TicketDetail
    assert.deepEqual(t.attachments.map((a) => a.id), [mine])
    assert.match(t.attachments[0]!.url, /^\/api\/files\/[0-9a-f-]{36}\?exp=\d+&sig=/)
  })
})
