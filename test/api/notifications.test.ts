// 消息中心: who hears about what, reading one or all, the paging cursor, and that no message
// carries the requester's name, phone or the text of the request.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Notification, Page, TicketDetail, UnreadCount } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('message centre (消息中心)', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}
  const ACCOUNTS = ['worker', 'parent', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']

  before(async () => {
    ctx = await createTestContext()
    for (const a of ACCOUNTS) tokens[a] = await ctx.login(a)
  })
  after(() => ctx.close())

  const submit = async (who: string, union: string, over = {}) => {
    const r = await ctx.request(tokens[who], { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions[union]!, over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as TicketDetail
  }
  const act = async (who: string, id: string, action: string, payload: object = {}) => {
    const r = await ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
    assert.equal(r.statusCode, 200, `${action}: ${r.body}`)
    return r.json() as TicketDetail
  }
  const page = async (who: string, cursor?: string) => {
    const url = cursor ? `/api/notifications?cursor=${encodeURIComponent(cursor)}` : '/api/notifications'
    const r = await ctx.request(tokens[who], { method: 'GET', url })
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as Page<Notification>
  }
  /** Every notification of a user, walking the cursor to the end. */
  const all = async (who: string) => {
    const items: Notification[] = []
    let cursor: string | undefined
    for (let i = 0; i < 100; i++) {
      const p = await page(who, cursor)
      items.push(...p.items)
      if (!p.nextCursor) return items
      cursor = p.nextCursor
    }
    throw new Error('the cursor never ended')
  }
  const unread = async (who: string) => {
    const r = await ctx.request(tokens[who], { method: 'GET', url: '/api/notifications/unread-count' })
    assert.equal(r.statusCode, 200, r.body)
    return (r.json() as UnreadCount).unread
  }
  const forTicket = async (who: string, ticketId: string) => (await all(who)).filter((n) => n.ticketId === ticketId)
  const read = (who: string, id: string) => ctx.request(tokens[who], { method: 'POST', url: `/api/notifications/${id}/read` })

  it('needs a login', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['POST', '/api/notifications/read-all'],
      ['POST', `/api/notifications/${randomUUID()}/read`]
    ] as const) {
      const r = await ctx.request(undefined, { method, url })
      assert.equal(r.statusCode, 401, `${method} ${url}`)
    }
  })

  it('tells the addressed union’s cadres about a new grievance, and nobody else', async () => {
    const before = Object.fromEntries(await Promise.all(ACCOUNTS.map(async (a) => [a, await unread(a)] as const)))
    const t = await submit('worker', 'yl')

    const township = await forTicket('cadre-township', t.id)
    assert.equal(township.length, 1)
    assert.equal(township[0]!.title, '新诉求待签收')
    assert.ok(township[0]!.body.includes(t.number), township[0]!.body)
    assert.equal(township[0]!.read, false)
    assert.equal(await unread('cadre-township'), before['cadre-township']! + 1)

    // Supervisors above, other unions, the enterprise below and the worker themself hear nothing.
    for (const a of ['worker', 'parent', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']) {
      assert.deepEqual(await forTicket(a, t.id), [], a)
      assert.equal(await unread(a), before[a], a)
    }

    // An urgent one says so in its title.
    const u = await submit('worker', 'kd', { urgent: true })
    const industry = await forTicket('cadre-industry', u.id)
    assert.deepEqual(industry.map((n) => n.title), ['新诉求（紧急）待签收'])
  })

  it('tells the worker when the union acknowledges, asks for material and answers', async () => {
    const t = await submit('worker', 'yl')
    const start = await unread('worker')

    await act('cadre-township', t.id, 'acknowledge')
    let mine = await forTicket('worker', t.id)
    assert.deepEqual(mine.map((n) => n.title), ['诉求已签收'])
    assert.ok(mine[0]!.body.includes(t.number))
    assert.ok(mine[0]!.body.includes('跃龙街道总工会'), mine[0]!.body)
    assert.equal(await unread('worker'), start + 1)

    await act('cadre-township', t.id, 'request_info', { body: '请提供劳动合同和工资条照片。' })
    await act('worker', t.id, 'supplement', { body: '劳动合同已拍照上传。' })
    await act('cadre-township', t.id, 'answer', { body: '企业已承诺本月底前补发。' })

    mine = await forTicket('worker', t.id)
    assert.deepEqual(mine.map((n) => n.title), ['诉求已答复', '请补充材料', '诉求已签收'], 'newest first')
    for (const n of mine) assert.ok(n.body.includes(t.number), n.body)
    assert.equal(await unread('worker'), start + 3)
    // The supplement went to the handling union, not back to the worker.
    assert.ok((await forTicket('cadre-township', t.id)).some((n) => n.title === '职工已补充材料'))
    // Newest first in the list: createdAt never increases down the page.
    const times = mine.map((n) => Date.parse(n.createdAt))
    assert.deepEqual([...times].sort((a, b) => b - a), times)
  })

  it('marks one message read (204), refuses someone else’s with 404, and reads all', async () => {
    const t = await submit('worker', 'yl')
    await act('cadre-township', t.id, 'acknowledge')
    await act('cadre-township', t.id, 'reply', { body: '已联系企业。' })
    const mine = await forTicket('worker', t.id)
    assert.equal(mine.length, 2)
    const [first, second] = mine as [Notification, Notification]
    const start = await unread('worker')
    assert.ok(start >= 2)

    let r = await read('worker', first.id)
    assert.equal(r.statusCode, 204, r.body)
    assert.equal(r.body, '')
    assert.equal(await unread('worker'), start - 1)
    const after1 = await forTicket('worker', t.id)
    assert.equal(after1.find((n) => n.id === first.id)!.read, true)
    assert.equal(after1.find((n) => n.id === second.id)!.read, false)

    // Reading it again is harmless and counts nothing twice.
    assert.equal((await read('worker', first.id)).statusCode, 204)
    assert.equal(await unread('worker'), start - 1)

    // Someone else's message: 404, and it stays unread for its owner.
    const townshipStart = await unread('cadre-township')
    r = await read('cadre-township', second.id)
    assert.equal(r.statusCode, 404)
    assert.equal((r.json() as ApiErrorBody).error.code, 'NOT_FOUND')
    assert.match((r.json() as ApiErrorBody).error.message, /[\u4e00-\u9fa5]/)
    assert.equal((await forTicket('worker', t.id)).find((n) => n.id === second.id)!.read, false)
    assert.equal(await unread('cadre-township'), townshipStart)
    // Unknown and malformed ids: 404 too.
    assert.equal((await read('worker', randomUUID())).statusCode, 404)
    assert.equal((await read('worker', 'not-a-uuid')).statusCode, 404)

    // read-all: only the caller's messages.
    assert.ok(townshipStart > 0)
    r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/notifications/read-all' })
    assert.equal(r.statusCode, 204)
    assert.equal(await unread('worker'), 0)
    assert.ok((await all('worker')).every((n) => n.read))
    assert.equal(await unread('cadre-township'), townshipStart)
    assert.ok((await all('cadre-township')).some((n) => !n.read))

    // A new message after read-all is unread again.
    await act('cadre-township', t.id, 'answer', { body: '已补发。' })
    assert.equal(await unread('worker'), 1)
  })

  it('pages more than 20 messages by cursor with no gaps and no repeats', async () => {
    // The industry union's cadre, fresh inbox for this: 23 grievances addressed to 快递行业工会.
    const before = (await all('cadre-industry')).length
    const submitted: TicketDetail[] = []
    for (let i = 0; i < 23; i++) submitted.push(await submit('worker', 'kd', { title: `分拣补贴未发放 ${i}` }))

    const first = await page('cadre-industry')
    assert.equal(first.items.length, 20)
    assert.ok(first.nextCursor)
    const walked = await all('cadre-industry')
    assert.equal(walked.length, before + 23)
    assert.equal(new Set(walked.map((n) => n.id)).size, walked.length, 'no repeats')
    const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM notifications WHERE user_id = $1', [ctx.seed.users['cadre-industry']])
    assert.deepEqual(new Set(walked.map((n) => n.id)), new Set(rows.map((r) => r.id)), 'no gaps')
    for (const t of submitted) assert.equal(walked.filter((n) => n.ticketId === t.id).length, 1, t.number)
    // Newest first: the last submitted is on top.
    assert.equal(walked[0]!.ticketId, submitted.at(-1)!.id)
  })

  it('pages correctly when many messages share one timestamp (ties across page boundaries)', async () => {
    // 李秀英 gets 47 messages: 17 at one instant, 30 at another (page edges at 20 and 40 fall
    // inside the ties), all written directly so the timestamps are exactly equal.
    const parent = ctx.seed.users.parent!
    await ctx.db.query(
      `INSERT INTO notifications (user_id, ticket_id, title, body, created_at)
       SELECT $1, NULL, '测试消息', 'n' || g, CASE WHEN g <= 17 THEN '2026-11-20T08:00:00.123456Z'::timestamptz ELSE '2026-11-21T08:00:00.654321Z'::timestamptz END
       FROM generate_series(1, 47) AS g`,
      [parent]
    )
    const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM notifications WHERE user_id = $1', [parent])
    const pages: Page<Notification>[] = []
    let cursor: string | undefined
    do {
      const p = await page('parent', cursor)
      pages.push(p)
      cursor = p.nextCursor ?? undefined
    } while (cursor && pages.length < 20)
    assert.deepEqual(pages.map((p) => p.items.length), [20, 20, rows.length - 40])
    assert.equal(pages.at(-1)!.nextCursor, null)
    const ids = pages.flatMap((p) => p.items.map((n) => n.id))
    assert.equal(new Set(ids).size, ids.length, 'no repeats')
    assert.deepEqual(new Set(ids), new Set(rows.map((r) => r.id)), 'no gaps')
    // The 30 later ones come first.
    const bodies = pages.flatMap((p) => p.items.map((n) => Number(n.body.slice(1))))
    assert.ok(bodies.slice(0, 30).every((n) => n > 17))
    assert.ok(bodies.slice(30).every((n) => n <= 17))
  })

  it('refuses a forged cursor with 400 and a Chinese message', async () => {
    for (const cursor of ['garbage', Buffer.from('2026-11-20|nope').toString('base64url'), Buffer.from("x' OR 1=1 --|y").toString('base64url')]) {
      const r = await ctx.request(tokens.worker, { method: 'GET', url: `/api/notifications?cursor=${encodeURIComponent(cursor)}` })
      assert.equal(r.statusCode, 400, cursor)
      const body = r.json() as ApiErrorBody
      assert.equal(body.error.code, 'VALIDATION_FAILED')
      assert.match(body.error.fields?.cursor ?? '', /分页参数无效/)
    }
  })

  it('refuses a well-formed cursor that names an impossible instant with 400, not 500', async () => {
    for (const ts of ['2026-02-30T00:00:00.000000Z', '2026-13-45T99:99:99.000000Z']) {
      const cursor = Buffer.from(`${ts}|${randomUUID()}`).toString('base64url')
      const r = await ctx.request(tokens.worker, { method: 'GET', url: `/api/notifications?cursor=${cursor}` })
      assert.equal(r.statusCode, 400, `${ts}: ${r.body}`)
      assert.match((r.json() as ApiErrorBody).error.fields?.cursor ?? '', /分页参数无效/)
    }
  })

  it('never puts the requester’s name, phone or description into any message of a confidential request', async () => {
    const description = '我在跃龙街道做夜班分拣，主管每晚让我们无偿加班两小时，说谁不干就扣绩效，这个情况请一定替我保密。'
    const contactPhone = '13912349876'
    const secret = ['张建军', '13805741234', contactPhone, description, description.slice(0, 12), '无偿加班两小时']
    const t = await submit('worker', 'yl', { confidential: true, description, contactPhone, title: '夜班被要求无偿加班' })

    await act('cadre-township', t.id, 'acknowledge')
    await act('cadre-township', t.id, 'reply', { body: '收到，我们会保密处理。' })
    await act('cadre-township', t.id, 'request_info', { body: '请补充加班记录。' })
    await act('worker', t.id, 'supplement', { body: '打卡记录截图已上传。' })
    await act('cadre-township', t.id, 'answer', { body: '已约谈企业，加班将按规定支付加班费。' })
    await act('worker', t.id, 'reject', { body: '只答应了以后，之前的没给。' })
    await act('cadre-township', t.id, 'answer', { body: '之前三个月的加班费也已补发。' })
    await act('worker', t.id, 'confirm', { speed: 4, attitude: 5, result: 4 })

    // A second confidential one the worker withdraws (that notice goes to the cadres).
    const w = await submit('worker', 'yl', { confidential: true, description, contactPhone })
    await act('worker', w.id, 'withdraw', { body: '已自行解决' })

    const cadreNotices = [...(await forTicket('cadre-township', t.id)), ...(await forTicket('cadre-township', w.id))]
    assert.deepEqual(
      new Set(cadreNotices.map((n) => n.title)),
      new Set(['新诉求待签收', '职工已补充材料', '职工反馈未解决', '职工已确认解决', '职工已撤回诉求'])
    )
    // Everything written about these tickets, to anybody, straight from the table.
    const { rows } = await ctx.db.query<{ title: string; body: string }>(
      'SELECT title, body FROM notifications WHERE ticket_id = ANY($1::uuid[])',
      [[t.id, w.id]]
    )
    assert.ok(rows.length >= cadreNotices.length + 4, `only ${rows.length} notifications`)
    for (const n of rows) {
      for (const s of secret) {
        assert.ok(!n.title.includes(s) && !n.body.includes(s), `“${n.title}: ${n.body}” contains “${s}”`)
      }
    }
    // The enterprise union never hears of a confidential request.
    assert.deepEqual(await forTicket('cadre-enterprise', t.id), [])
  })
})
