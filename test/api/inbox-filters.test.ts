import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Page, TicketSummary, WorkbenchAlerts } from '../../types/api'
import type { InboxCounts, ScopeUnion } from '../../types/api-workbench'
import type { ApiErrorBody } from '../../types/errors'
import { inboxFilterSchema } from '../../types/schemas/workbench'
import { workbenchAlerts } from '../../server/tickets/alerts'
import { boundedCount, inboxCounts } from '../../server/workbench/inbox-counts'
import { inboxExportRows } from '../../server/workbench/inbox-rows'
import { resolveInboxScope } from '../../server/workbench/inbox-scope'
import { createTestContext, type TestContext } from './context'

// The clock stands at Tuesday 2026-03-10 10:00 in Shanghai; deadlines are placed around it.
const NOW = new Date('2026-03-10T10:00:00+08:00')
const h = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000)

interface Spec {
  union: string
  status?: string
  kind?: 'grievance' | 'legal_aid'
  category?: string | null
  title?: string
  number?: string
  createdAt?: Date
  dueAt?: Date | null
  warnAt?: Date | null
  supervised?: boolean
  confidential?: boolean
}

describe('inbox filters, scope and counts', () => {
  let ctx: TestContext
  const t: Record<string, string> = {}
  const u = (key: string) => ctx.seed.unions[key]!
  let seq = 0

  /** A ticket written straight into the table, so every column the filters read is chosen. */
  async function add(s: Spec): Promise<string> {
    seq += 1
    const kind = s.kind ?? 'grievance'
    const { rows } = await ctx.db.query<{ id: string }>(
      `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category, title, description,
                            contact_phone, confidential, client_request_id, created_at, updated_at, due_at, warn_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, '说明', '13805741234', $8, $9, $10, $10, $11, $12) RETURNING id`,
      [s.number ?? `SS20260301-${String(seq).padStart(6, '0')}`, kind, s.status ?? 'submitted', ctx.seed.users.worker, u(s.union),
        s.category === undefined ? (kind === 'legal_aid' ? null : 'wages') : s.category, s.title ?? `诉求 ${seq}`, s.confidential ?? false,
        `req-${randomUUID()}`, s.createdAt ?? h(-24 - seq), s.dueAt === undefined ? h(72) : s.dueAt, s.warnAt === undefined ? h(48) : s.warnAt]
    )
    const id = rows[0]!.id
    if (s.supervised) {
      await ctx.db.query(
        `INSERT INTO supervisions (ticket_id, union_id, handling_union_id, reason, trigger_key) VALUES ($1, $2, $3, 'answer_overdue', 'k')`,
        [id, u('nh'), u(s.union)]
      )
    }
    return id
  }

  const get = async (who: string, url: string) => ctx.request(t[who], { method: 'GET', url })
  const inbox = async (who: string, query: string, cursor?: string | null): Promise<Page<TicketSummary>> => {
    const r = await get(who, `/api/workbench/tickets?${query}${cursor ? `&cursor=${cursor}` : ''}`)
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as Page<TicketSummary>
  }
  /** Every page of a query, in order. */
  const all = async (who: string, query = ''): Promise<TicketSummary[]> => {
    const out: TicketSummary[] = []
    let cursor: string | null = null
    do {
      const page: Page<TicketSummary> = await inbox(who, query, cursor)
      out.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return out
  }
  const ids = async (who: string, query = '') => new Set((await all(who, query)).map((i) => i.id))

  // Named fixtures, built once.
  const f: Record<string, string> = {}

  before(async () => {
    ctx = await createTestContext()
    ctx.clock.set(NOW)
    for (const a of ['worker', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']) t[a] = await ctx.login(a)
    // 跃龙 (yl) and its enterprise (sd); 桃源 (ty), another township of the same county.
    f.ylRed = await add({ union: 'yl', status: 'in_progress', dueAt: h(-2), warnAt: h(-26), supervised: true, title: '拖欠加班费' })
    f.ylYellow = await add({ union: 'yl', status: 'submitted', dueAt: h(14), warnAt: h(-10), category: 'safety' })
    f.ylGreen = await add({ union: 'yl', status: 'in_progress', dueAt: h(86), warnAt: h(62), category: 'insurance' })
    f.ylPaused = await add({ union: 'yl', status: 'awaiting_info', dueAt: null, warnAt: null })
    f.ylClosed = await add({ union: 'yl', status: 'closed', dueAt: null, warnAt: null })
    f.sdOpen = await add({ union: 'sd', status: 'submitted', number: 'SS20260305-000777', title: '工伤认定 100%', confidential: true })
    f.ylLegal = await add({ union: 'yl', kind: 'legal_aid', status: 'in_progress' })
    f.nhLegal = await add({ union: 'nh', kind: 'legal_aid', status: 'submitted' })
    f.tyOpen = await add({ union: 'ty', status: 'submitted', dueAt: h(-1), warnAt: h(-20) })
    f.tyRed2 = await add({ union: 'ty', status: 'in_progress', dueAt: h(-30), warnAt: h(-50) })
    // Shanghai day boundaries: 23:30 on 3月1日 and 00:10 on 3月2日 (both 3月1日 in UTC).
    f.lateMar1 = await add({ union: 'xd', status: 'answered', dueAt: null, warnAt: null, createdAt: new Date('2026-03-01T23:30:00+08:00') })
    f.earlyMar2 = await add({ union: 'xd', status: 'answered', dueAt: null, warnAt: null, createdAt: new Date('2026-03-02T00:10:00+08:00') })
  })
  after(() => ctx.close())

  it('shows a township cadre its own subtree only, never another township', async () => {
    assert.deepEqual(await ids('cadre-township'), new Set([f.ylRed, f.ylYellow, f.ylGreen, f.ylPaused, f.sdOpen, f.ylLegal]))
    const everything = await ids('cadre-township', 'status=all')
    assert.ok(everything.has(f.ylClosed))
    for (const other of [f.tyOpen, f.tyRed2, f.nhLegal, f.lateMar1]) assert.ok(!everything.has(other))
    assert.deepEqual(await ids('cadre-enterprise'), new Set([f.sdOpen]))
  })

  it('narrows to a union inside the scope, and answers 404 for one outside it or unknown', async () => {
    assert.deepEqual(await ids('cadre-county', `unionId=${u('sd')}`), new Set([f.sdOpen]))
    assert.deepEqual(await ids('cadre-county', `unionId=${u('ty')}`), new Set([f.tyOpen, f.tyRed2]))
    for (const [who, id] of [['cadre-township', u('ty')], ['cadre-township', u('nh')], ['cadre-county', u('hz')], ['cadre-county', randomUUID()]] as const) {
      const r = await get(who, `/api/workbench/tickets?unionId=${id}`)
      assert.equal(r.statusCode, 404, `${who} ${id}`)
      assert.equal((r.json() as ApiErrorBody).error.message, '工会不存在或您无权查看')
    }
  })

  it('lists 法律援助 only to cadres of the union handling it', async () => {
    const county = await ids('cadre-county', 'kind=legal_aid')
    assert.deepEqual(county, new Set([f.nhLegal]))
    assert.deepEqual(await ids('cadre-township', 'kind=legal_aid'), new Set([f.ylLegal]))
    assert.deepEqual(await ids('cadre-city', 'kind=legal_aid'), new Set())
    assert.ok(!(await ids('cadre-county', 'kind=grievance')).has(f.nhLegal))
  })

  it('filters by state: open (default), all, or one status', async () => {
    assert.deepEqual(await ids('cadre-township', 'status=awaiting_info'), new Set([f.ylPaused]))
    assert.deepEqual(await ids('cadre-township', 'status=closed'), new Set([f.ylClosed]))
    assert.equal((await ids('cadre-township', 'status=all')).size, 7)
    assert.deepEqual(await ids('cadre-county', 'status=answered'), new Set([f.lateMar1, f.earlyMar2]))
  })

  it('filters by due light with the meaning of the lights shown on each ticket', async () => {
    const red = await all('cadre-county', 'light=red')
    assert.deepEqual(new Set(red.map((i) => i.id)), new Set([f.ylRed, f.tyOpen, f.tyRed2]))
    assert.deepEqual(await ids('cadre-township', 'light=yellow'), new Set([f.ylYellow]))
    const green = await all('cadre-township', 'light=green&sort=due')
    // Tickets sit at h(72)/h(48) by default: green too.
    assert.ok(green.some((i) => i.id === f.ylGreen) && !green.some((i) => i.id === f.ylPaused))
    for (const light of ['red', 'yellow', 'green'] as const) {
      for (const sort of ['created', 'due']) {
        for (const item of await all('cadre-county', `light=${light}&sort=${sort}&status=all`)) assert.equal(item.dueLight, light)
      }
    }
    // Sorted by due, red ones come first, and nothing without a running clock shows.
    const byDue = await all('cadre-county', 'light=red&sort=due')
    assert.deepEqual(byDue.map((i) => i.id), [f.tyRed2, f.ylRed, f.tyOpen])
  })

  it('filters by category and by kind', async () => {
    assert.deepEqual(await ids('cadre-township', 'category=safety'), new Set([f.ylYellow]))
    assert.deepEqual(await ids('cadre-township', 'category=insurance&kind=grievance'), new Set([f.ylGreen]))
    assert.deepEqual(await ids('cadre-township', 'category=insurance&kind=legal_aid'), new Set())
  })

  it('filters by Shanghai dates of submission, both ends included', async () => {
    assert.deepEqual(await ids('cadre-county', 'status=answered&from=2026-03-02&to=2026-03-02'), new Set([f.earlyMar2]))
    assert.deepEqual(await ids('cadre-county', 'status=answered&to=2026-03-01'), new Set([f.lateMar1]))
    assert.deepEqual(await ids('cadre-county', 'status=answered&from=2026-03-01&to=2026-03-02'), new Set([f.lateMar1, f.earlyMar2]))
  })

  it('searches the ticket number (any part, any case) and the title, wildcards taken literally', async () => {
    assert.deepEqual(await ids('cadre-township', 'q=ss20260305'), new Set([f.sdOpen]))
    assert.deepEqual(await ids('cadre-township', 'q=000777'), new Set([f.sdOpen]))
    assert.deepEqual(await ids('cadre-township', `q=${encodeURIComponent('加班')}`), new Set([f.ylRed]))
    assert.deepEqual(await ids('cadre-township', `q=${encodeURIComponent('100%')}`), new Set([f.sdOpen]))
    assert.deepEqual(await ids('cadre-township', `q=${encodeURIComponent('%')}`), new Set([f.sdOpen]))
    assert.deepEqual(await ids('cadre-township', `q=${encodeURIComponent('   ')}`), await ids('cadre-township'))
  })

  it('finds search matches beyond the first stretch of the list, in order, across pages', async () => {
    // 240 tickets at 外卖骑手工会 (wm), newest first: 10 matches among the newest 100, both sides
    // of the 200th (the edge of what a search reads in list order first), the 20 oldest.
    const expected: string[] = []
    for (let i = 0; i < 240; i++) {
      const match = (i < 100 && i % 10 === 0) || i === 199 || i === 200 || i >= 220
      const id = await add({ union: 'wm', title: match ? `骑手罕见词 ${i}` : `骑手 ${i}`, createdAt: new Date(NOW.getTime() - 86_400_000 - i * 60_000) })
      if (match) expected.push(id)
    }
    const q = `unionId=${u('wm')}&q=${encodeURIComponent('罕见词')}`
    const first = await inbox('cadre-city', q)
    assert.equal(first.items.length, 20)
    assert.deepEqual((await all('cadre-city', q)).map((i) => i.id), expected)
    assert.equal(new Set((await all('cadre-city', `${q}&sort=due`)).map((i) => i.id)).size, 32)
  })

  it('filters by open 督办', async () => {
    assert.deepEqual(await ids('cadre-county', 'supervised=true'), new Set([f.ylRed]))
    assert.ok((await ids('cadre-county', 'supervised=false')).has(f.tyOpen))
  })

  it('pages by keyset across equal timestamps and equal deadlines without repeats or gaps', async () => {
    const at = new Date('2026-02-01T09:00:00+08:00')
    const made = new Set<string>()
    for (let i = 0; i < 45; i++) made.add(await add({ union: 'nm', status: 'in_progress', createdAt: at, dueAt: h(5), warnAt: h(-1) }))
    for (const sort of ['created', 'due']) {
      const pages: number[] = []
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const page: Page<TicketSummary> = await inbox('cadre-city', `unionId=${u('nm')}&sort=${sort}`, cursor)
        pages.push(page.items.length)
        seen.push(...page.items.map((i) => i.id))
        cursor = page.nextCursor
      } while (cursor)
      assert.deepEqual(pages, [20, 20, 5], sort)
      assert.equal(new Set(seen).size, 45, sort)
      assert.deepEqual(new Set(seen), made, sort)
      // Ties are broken by id, in the sort's direction.
      const sorted = [...seen].sort()
      assert.deepEqual(seen, sort === 'created' ? sorted.reverse() : sorted, sort)
    }
  })

  it('refuses bad filters with the field messages', async () => {
    const cases: Array<[string, string, string]> = [
      ['status=lost', 'status', '状态筛选无效'],
      ['light=blue', 'light', '期限筛选无效'],
      ['kind=childcare', 'kind', '类型筛选无效'],
      ['category=weather', 'category', '类别筛选无效'],
      ['unionId=abc', 'unionId', '工会参数无效'],
      ['from=2026-3-1', 'from', '开始日期格式应为 YYYY-MM-DD'],
      ['to=2026-02-30', 'to', '结束日期不是有效日期'],
      ['from=2026-03-02&to=2026-03-01', 'from', '开始日期不能晚于结束日期'],
      [`q=${'字'.repeat(41)}`, 'q', '搜索内容不能超过 40 个字'],
      ['supervised=yes', 'supervised', '督办筛选无效'],
      ['sort=name', 'sort', '排序方式无效']
    ]
    for (const [query, field, message] of cases) {
      const r = await get('cadre-county', `/api/workbench/tickets?${encodeURI(query)}`)
      assert.equal(r.statusCode, 400, query)
      assert.equal((r.json() as ApiErrorBody).error.fields?.[field], message, query)
    }
    const forged = Buffer.from('2026-02-30T00:00:00.000000Z|00000000-0000-0000-0000-000000000000').toString('base64url')
    assert.equal((await get('cadre-county', `/api/workbench/tickets?cursor=${forged}`)).statusCode, 400)
  })

  it('counts open tickets by status from the rollup and the lights by bounded queries, as the list shows them', async () => {
    const counts = async (who: string, unionId?: string) => {
      const r = await get(who, `/api/workbench/counts${unionId ? `?unionId=${unionId}` : ''}`)
      assert.equal(r.statusCode, 200, r.body)
      return r.json() as InboxCounts
    }
    const yl = await counts('cadre-township')
    assert.equal(yl.union, null)
    // yl: red, green, legal aid in progress; yellow, sd submitted; paused awaiting.
    assert.deepEqual(yl.open, { submitted: 2, in_progress: 3, awaiting_info: 1 })
    assert.deepEqual(yl.red, { n: 1, capped: false })
    assert.deepEqual(yl.yellow, { n: 1, capped: false })
    assert.deepEqual(yl.supervised, { n: 1, capped: false })
    // Due today (by 24:00 on 3月10日, not yet passed): the yellow one at h(14) only.
    assert.deepEqual(yl.dueToday, { n: 1, capped: false })
    // The county lists its own legal aid (nh) but not 跃龙's; the counts agree.
    const nh = await counts('cadre-county')
    const listed = await all('cadre-county')
    const by = (s: string) => listed.filter((i) => i.status === s).length
    assert.deepEqual(nh.open, { submitted: by('submitted'), in_progress: by('in_progress'), awaiting_info: by('awaiting_info') })
    assert.equal(nh.red.n, listed.filter((i) => i.dueLight === 'red').length)
    assert.equal(nh.yellow.n, listed.filter((i) => i.dueLight === 'yellow').length)
    const ty = await counts('cadre-county', u('ty'))
    assert.deepEqual(ty.union, { id: u('ty'), name: '桃源街道总工会' })
    assert.deepEqual(ty.open, { submitted: 1, in_progress: 1, awaiting_info: 0 })
    assert.deepEqual(ty.red, { n: 2, capped: false })
    assert.equal((await get('cadre-township', `/api/workbench/counts?unionId=${u('ty')}`)).statusCode, 404)
    assert.equal((await get('cadre-township', '/api/workbench/counts?unionId=x')).statusCode, 400)
    assert.equal((await get('worker', '/api/workbench/counts')).statusCode, 403)
  })

  it('caps bounded counts: above the cap is "cap+", at the cap is exact', async () => {
    const scope = await resolveInboxScope(ctx.db, ctx.seed.users['cadre-county']!)
    assert.deepEqual(await boundedCount(ctx.db, scope, NOW, { light: 'red' }, 2), { n: 2, capped: true })
    assert.deepEqual(await boundedCount(ctx.db, scope, NOW, { light: 'red' }, 3), { n: 3, capped: false })
    assert.deepEqual(await boundedCount(ctx.db, scope, NOW, { light: 'red' }, 4), { n: 3, capped: false })
    const c = await inboxCounts(ctx.db, scope, NOW, 1)
    assert.deepEqual(c.red, { n: 1, capped: true })
    assert.deepEqual(c.supervised, { n: 1, capped: false })
    const alerts = await workbenchAlerts({ ...ctx.deps, clock: () => NOW }, ctx.seed.users['cadre-county']!, 2)
    assert.equal(alerts.overdue, 2)
    const r = await get('cadre-county', '/api/workbench/alerts')
    assert.equal((r.json() as WorkbenchAlerts).overdue, 3)
    assert.equal((r.json() as WorkbenchAlerts).supervised, 1)
  })

  it('gives the 台账 export exactly the filtered list, in order, batch after batch', async () => {
    const filter = inboxFilterSchema.parse({ status: 'all' })
    const scope = await resolveInboxScope(ctx.db, ctx.seed.users['cadre-county']!)
    const rows = []
    for await (const row of inboxExportRows(ctx.db, scope, filter, NOW, 4)) rows.push(row)
    assert.deepEqual(rows.map((r) => r.id), (await all('cadre-county', 'status=all')).map((i) => i.id))
    const red = rows.find((r) => r.id === f.ylRed)!
    assert.equal(red.dueLight, 'red')
    assert.equal(red.supervised, true)
    assert.equal(red.requesterName, '张建军')
    // Confidential: hidden from the worker's own employer's union, shown to the county.
    assert.equal(rows.find((r) => r.id === f.sdOpen)!.contactPhone, '13805741234')
    const sdScope = await resolveInboxScope(ctx.db, ctx.seed.users['cadre-enterprise']!)
    const sdRows = []
    for await (const row of inboxExportRows(ctx.db, sdScope, inboxFilterSchema.parse({}), NOW)) sdRows.push(row)
    assert.deepEqual(sdRows.map((r) => [r.id, r.requesterName, r.contactPhone]), [[f.sdOpen, null, null]])
  })

  it('offers the union picker: own unions, then children inside the scope only', async () => {
    const unions = async (who: string, parentId?: string) => {
      const r = await get(who, `/api/workbench/unions${parentId ? `?parentId=${parentId}` : ''}`)
      assert.equal(r.statusCode, 200, r.body)
      return r.json() as ScopeUnion[]
    }
    assert.deepEqual(await unions('cadre-township'), [{ id: u('yl'), name: '跃龙街道总工会', level: 'township', hasChildren: true }])
    assert.deepEqual(await unions('cadre-township', u('yl')), [{ id: u('sd'), name: '宁海顺达快递有限公司工会', level: 'enterprise', hasChildren: false }])
    assert.deepEqual(new Set((await unions('cadre-county', u('nh'))).map((x) => x.id)), new Set(['yl', 'ty', 'xd', 'kd', 'wy'].map(u)))
    assert.deepEqual(await unions('cadre-county', u('ty')), [])
    for (const [who, id] of [['cadre-township', u('ty')], ['cadre-township', u('nh')], ['cadre-county', randomUUID()]] as const) {
      const r = await get(who, `/api/workbench/unions?parentId=${id}`)
      assert.equal(r.statusCode, 404)
      assert.equal((r.json() as ApiErrorBody).error.message, '工会不存在或您无权查看')
    }
    assert.equal((await get('cadre-county', '/api/workbench/unions?parentId=1')).statusCode, 400)
    assert.equal((await get('worker', '/api/workbench/unions')).statusCode, 403)
  })
})
