// 台账 exports: the file opens in a real xlsx reader and holds exactly what the inbox filter
// shows, in the same order; phones are masked unless the cadre is flagged; every download is in
// the audit log; a link cannot be altered or reused late; a cadre's export never leaves their
// scope (legal aid only at the station's own union); a large export streams completely.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import Fastify from 'fastify'
import type { Page, TicketSummary } from '../../types/api'
import type { ExportLink } from '../../types/api-workbench'
import type { ApiErrorBody } from '../../types/errors'
import { sendXlsx } from '../../server/exports/send-xlsx'
import { createTestContext, type TestContext } from './context'
import { fileRequest } from './legal-aid-fixtures'

// Tuesday 2027-03-02 10:00 in Shanghai.
const NOW = new Date('2027-03-02T10:00:00+08:00')
const h = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000)

type Value = string | number | null
interface Sheet {
  head: string[]
  rows: Value[][]
  /** Rows as header → value. */
  records: Record<string, Value>[]
}

async function readSheet(bytes: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes)
  const ws = wb.worksheets[0]!
  const width = ws.getRow(1).cellCount
  const row = (r: number) => Array.from({ length: width }, (_, c) => ws.getRow(r).getCell(c + 1).value as Value)
  const head = row(1).map(String)
  const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => row(i + 2))
  return { head, rows, records: rows.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i] ?? null]))) }
}

describe('台账 exports', () => {
  let ctx: TestContext
  const t: Record<string, string> = {}
  const u = (key: string) => ctx.seed.unions[key]!
  let seq = 0

  /** A ticket written straight into the table, so every column the ledger shows is chosen. */
  async function add(s: { union: string; status?: string; category?: string; confidential?: boolean; supervised?: boolean; closed?: boolean }): Promise<string> {
    seq += 1
    const { rows } = await ctx.db.query<{ id: string }>(
      `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category, title, description,
                            contact_phone, confidential, client_request_id, created_at, updated_at, ack_due_at, answer_due_at, due_at, warn_at,
                            acknowledged_at, answered_at, closed_at, rating_speed, rating_attitude, rating_result)
       VALUES ($1, 'grievance', $2, $3, $4, $4, $5, $6, '说明', '13805741234', $7, $8, $9, $9, $10, $11, $11, $12,
               $13, $13, $13, $14, $15, $16) RETURNING id`,
      [`SS20270301-${String(seq).padStart(6, '0')}`, s.status ?? 'submitted', ctx.seed.users.worker, u(s.union), s.category ?? 'wages',
        `诉求 ${seq} <工资> & "加班"`, s.confidential ?? false, `req-${randomUUID()}`, h(-24 - seq), h(14), h(72), h(48),
        s.closed ? h(-2) : null, s.closed ? 5 : null, s.closed ? 4 : null, s.closed ? 5 : null]
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

  const link = async (who: string, kind: 'tickets' | 'legal-cases', body: object): Promise<ExportLink> => {
    const r = await ctx.request(t[who], { method: 'POST', url: `/api/workbench/exports/${kind}`, payload: body })
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as ExportLink
  }
  const download = async (url: string): Promise<Sheet> => {
    const r = await ctx.request(undefined, { method: 'GET', url })
    assert.equal(r.statusCode, 200, r.body)
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    assert.equal(r.headers['cache-control'], 'private, no-store')
    return readSheet(r.rawPayload)
  }
  const exportOf = async (who: string, kind: 'tickets' | 'legal-cases', body: object) => download((await link(who, kind, body)).url)
  /** The inbox's own listing of a filter, every page, in order. */
  const inboxNumbers = async (who: string, query: string): Promise<string[]> => {
    const out: string[] = []
    let cursor: string | null = null
    do {
      const r = await ctx.request(t[who], { method: 'GET', url: `/api/workbench/tickets?${query}${cursor ? `&cursor=${cursor}` : ''}` })
      const page = r.json() as Page<TicketSummary>
      out.push(...page.items.map((i) => i.number))
      cursor = page.nextCursor
    } while (cursor)
    return out
  }
  const flag = (account: string, on: boolean) =>
    ctx.db.query(`UPDATE union_cadres SET full_export = $2 WHERE user_id = (SELECT id FROM users WHERE display_name = $1)`, [account, on])
  const audit = async (name: string) =>
    (await ctx.db.query<{ action: string; union_id: string | null; detail: { filter: Record<string, string>; masked: boolean } }>(
      `SELECT a.action, a.union_id, a.detail FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE u.display_name = $1 ORDER BY a.id`,
      [name]
    )).rows

  const f: Record<string, string> = {}
  before(async () => {
    ctx = await createTestContext()
    ctx.clock.set(NOW)
    for (const a of ['cadre-township', 'cadre-county', 'cadre-city', 'cadre-enterprise', 'worker']) t[a] = await ctx.login(a)
    // Flags are set per test; start from none (the demo seed flags the county cadre).
    await ctx.db.query('UPDATE union_cadres SET full_export = false')
    f.ylOpen = await add({ union: 'yl', supervised: true })
    f.ylWork = await add({ union: 'yl', status: 'in_progress', category: 'safety' })
    f.ylClosed = await add({ union: 'yl', status: 'closed', closed: true })
    f.sdSecret = await add({ union: 'sd', confidential: true })
    f.tyOpen = await add({ union: 'ty' })
    f.tyWork = await add({ union: 'ty', status: 'in_progress' })
  })
  after(() => ctx.close())

  it('exports exactly what the inbox shows for a filter, in its order, with the ledger columns', async () => {
    const queries: Record<string, string>[] = [{ status: 'all' }, { status: 'in_progress' }, { status: 'open', category: 'wages' }, { status: 'all', supervised: 'true' }, { status: 'all', q: '诉求 3 ' }]
    for (const query of queries) {
      const sheet = await exportOf('cadre-township', 'tickets', query)
      const expected = await inboxNumbers('cadre-township', new URLSearchParams(query).toString())
      assert.deepEqual(sheet.records.map((r) => r['编号']), expected, JSON.stringify(query))
    }
    const all = await exportOf('cadre-township', 'tickets', { status: 'all' })
    assert.equal(all.head.length, 18)
    assert.deepEqual(all.head.slice(0, 6), ['编号', '类型', '类别', '标题', '状态', '承办工会'])
    assert.equal(all.records.length, 4, 'yl and its enterprise union sd, nothing of ty')
    const closed = all.records.find((r) => r['状态'] === '已办结')!
    assert.deepEqual(
      [closed['类型'], closed['类别'], closed['承办工会'], closed['评价(速度/态度/结果)'], closed['办结时间'], closed['职工'], closed['联系电话']],
      ['职工说事', '工资待遇', '跃龙街道总工会', '5/4/5', '2027-03-02 08:00', '张建军', '138****1234']
    )
    assert.match(String(closed['标题']), /^诉求 \d+ <工资> & "加班"$/)
    const open = all.records.find((r) => r['督办'] === '是')!
    assert.deepEqual([open['状态'], open['期限状态'], open['答复期限'], open['不合理诉求']], ['待签收', '正常', '2027-03-05', '否'])
    assert.match(String(open['提交时间']), /^2027-03-01 \d\d:00$/)
    const inProgress = await exportOf('cadre-township', 'tickets', { status: 'in_progress' })
    assert.deepEqual(inProgress.records.map((r) => [r['状态'], r['类别']]), [['办理中', '劳动安全']], 'a status filter leaves the rest out')
  })

  it('never includes another township’s tickets; a union outside the scope is a 404', async () => {
    const mine = await exportOf('cadre-township', 'tickets', { status: 'all' })
    assert.ok(!mine.records.some((r) => r['承办工会'] === '桃源街道总工会'))
    const r = await ctx.request(t['cadre-township'], { method: 'POST', url: '/api/workbench/exports/tickets', payload: { unionId: u('ty'), status: 'all' } })
    assert.equal(r.statusCode, 404)
    const county = await exportOf('cadre-county', 'tickets', { status: 'all', unionId: u('ty') })
    assert.deepEqual(county.records.map((x) => x['承办工会']), ['桃源街道总工会', '桃源街道总工会'])
    const worker = await ctx.request(t.worker, { method: 'POST', url: '/api/workbench/exports/tickets', payload: {} })
    assert.equal(worker.statusCode, 403)
    // An enterprise-union cadre never learns who filed a confidential request.
    const sd = await exportOf('cadre-enterprise', 'tickets', { status: 'all' })
    assert.deepEqual(sd.records.map((x) => [x['职工'], x['联系电话']]), [['（保密）', null]])
  })

  it('masks phones unless the cadre is flagged at the union or above; says so in the link', async () => {
    const masked = await link('cadre-township', 'tickets', { status: 'all' })
    assert.equal(masked.masked, true)
    assert.ok((await download(masked.url)).records.every((r) => r['联系电话'] === '138****1234'))
    await flag('王丽', true)
    const full = await link('cadre-township', 'tickets', { status: 'all' })
    assert.equal(full.masked, false)
    assert.ok((await download(full.url)).records.every((r) => r['联系电话'] === '13805741234'))
    // The flag is read at download: revoking it masks an already issued link.
    await flag('王丽', false)
    assert.ok((await download(full.url)).records.every((r) => r['联系电话'] === '138****1234'))
    // A county flag covers the townships below it, not the other way round.
    await flag('陈国平', true)
    assert.equal((await link('cadre-county', 'tickets', { unionId: u('yl') })).masked, false)
    await flag('陈国平', false)
    assert.equal((await link('cadre-county', 'tickets', { unionId: u('yl') })).masked, true)
  })

  it('writes every download to the audit log with the actor, union and filter', async () => {
    const before = (await audit('王丽')).length
    const l = await link('cadre-township', 'tickets', { status: 'in_progress', kind: 'grievance' })
    assert.equal((await audit('王丽')).length, before, 'asking for a link exports nothing yet')
    await download(l.url)
    const last = (await audit('王丽')).at(-1)!
    assert.equal(last.action, 'export.tickets')
    assert.equal(last.union_id, u('yl'))
    assert.deepEqual([last.detail.filter.status, last.detail.filter.kind, last.detail.masked], ['in_progress', 'grievance', true])
    await assert.rejects(ctx.db.query('DELETE FROM audit_log'), 'the log is append-only')
  })

  it('refuses an altered, truncated or expired link with 403', async () => {
    const { url } = await link('cadre-township', 'tickets', { status: 'in_progress' })
    const message = async (u2: string) => {
      const r = await ctx.request(undefined, { method: 'GET', url: u2 })
      assert.equal(r.statusCode, 403, u2)
      return (r.json() as ApiErrorBody).error.message
    }
    assert.equal(await message(url.replace('status=in_progress', 'status=all')), '下载链接已失效或不完整，请回到工作台重新导出')
    await message(url.replace(/actor=[^&]+/, `actor=${ctx.seed.users['cadre-county']}`))
    await message(`${url}&unionId=${u('ty')}`)
    await message(url.replace(/&sig=[^&]+/, ''))
    await message(url.replace('/tickets.xlsx', '/legal-cases.xlsx'))
    ctx.clock.set(new Date(NOW.getTime() + 11 * 60_000))
    try {
      await message(url)
    } finally {
      ctx.clock.set(NOW)
    }
  })

  it('legal-aid cases: only the station’s own union exports them, with range and masking', async () => {
    const stationId = ctx.seed.stationId!
    const a = await fileRequest(ctx, t.worker!, stationId, { caseType: 'work_injury' })
    const b = await fileRequest(ctx, t.worker!, stationId)
    await ctx.db.query(`UPDATE tickets SET created_at = '2027-01-15T09:00:00+08:00' WHERE id = $1`, [a.id])
    await ctx.db.query(`UPDATE tickets SET created_at = '2027-03-01T09:00:00+08:00' WHERE id = $1`, [b.id])
    await ctx.db.query(
      `UPDATE legal_cases SET stage = 'closed', outcome = 'mediated', amount_recovered_fen = 800050, closed_at = '2027-02-01T15:30:00+08:00', lawyer_id = $2
       WHERE ticket_id = $1`,
      [a.id, ctx.seed.users.lawyer]
    )
    const county = await exportOf('cadre-county', 'legal-cases', {})
    assert.deepEqual(county.records.map((r) => r['编号']), [b.number, a.number], 'newest first')
    const closed = county.records[1]!
    assert.deepEqual(
      [closed['承办律师'], closed['案件类型'], closed['阶段'], closed['结案方式'], closed['挽回金额(元)'], closed['结案时间'], closed['申请人'], closed['联系电话'], closed['提交时间']],
      ['孙立新', '工伤', '结案', '调解达成协议', 8000.5, '2027-02-01 15:30', '张建军', '138****1234', '2027-01-15 09:00']
    )
    assert.match(String(closed['法律援助站']), /法律援助站/)
    const ranged = await exportOf('cadre-county', 'legal-cases', { from: '2027-02-01', to: '2027-03-02' })
    assert.deepEqual(ranged.records.map((r) => r['编号']), [b.number])
    // Unions above the station neither list nor export its cases; a township has none.
    assert.equal((await exportOf('cadre-city', 'legal-cases', {})).records.length, 0)
    assert.equal((await exportOf('cadre-township', 'legal-cases', {})).records.length, 0)
    const bad = await ctx.request(t['cadre-county'], { method: 'POST', url: '/api/workbench/exports/legal-cases', payload: { from: '2027-03-05', to: '2027-03-01' } })
    assert.equal(bad.statusCode, 400)
    assert.equal((bad.json() as ApiErrorBody).error.fields?.from, '开始日期不能晚于结束日期')
    await flag('陈国平', true)
    try {
      const full = await link('cadre-county', 'legal-cases', {})
      assert.equal(full.masked, false)
      assert.ok((await download(full.url)).records.every((r) => r['联系电话'] === '13805741234'))
    } finally {
      await flag('陈国平', false)
    }
    const last = (await audit('陈国平')).at(-1)!
    assert.deepEqual([last.action, last.union_id, last.detail.masked], ['export.legal_cases', u('nh'), false])
    // The inbox's legal-aid tickets are in the ticket ledger for the station's union too.
    const ledger = await exportOf('cadre-county', 'tickets', { status: 'all', kind: 'legal_aid' })
    assert.deepEqual(new Set(ledger.records.map((r) => r['编号'])), new Set([a.number, b.number]))
    assert.equal((await exportOf('cadre-city', 'tickets', { status: 'all', kind: 'legal_aid' })).records.length, 0)
  })

  it('streams a large export completely', async () => {
    const n = 20_000
    await ctx.db.query(
      `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, current_union_id, category, title, description,
                            contact_phone, client_request_id, created_at, updated_at, due_at, warn_at)
       SELECT 'SS20270201-' || lpad(g::text, 6, '0'), 'grievance', 'submitted', $1, $2, $2, 'wages', '批量诉求 ' || g, '说明',
              '13805741234', 'bulk-' || g, $3::timestamptz - g * interval '1 minute', $3::timestamptz, $4, $5
       FROM generate_series(1, $6::int) AS g`,
      [ctx.seed.users.worker, u('xd'), h(-48), h(72), h(48), n]
    )
    const sheet = await exportOf('cadre-county', 'tickets', { status: 'all', unionId: u('xd') })
    assert.equal(sheet.rows.length, n)
    assert.equal(sheet.records[0]!['编号'], 'SS20270201-000001')
    assert.equal(sheet.records[n - 1]!['编号'], `SS20270201-${String(n).padStart(6, '0')}`)
    assert.equal(new Set(sheet.records.map((r) => r['编号'])).size, n, 'no row twice across keyset batches')
  })

  it('a failure midway cuts the download off instead of hanging or looking complete', async () => {
    const app = Fastify()
    app.get('/broken.xlsx', async (_request, reply) =>
      sendXlsx(reply, { fileName: '坏.xlsx', asciiName: 'broken.xlsx', sheetName: 's', columns: [{ header: 'a' }] }, async (addRow) => {
        for (let i = 0; i < 20_000; i++) await addRow([`row ${i} ${'x'.repeat(40)}`])
        throw new Error('connection to the database lost')
      })
    )
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const res = await fetch(`${address}/broken.xlsx`, { signal: AbortSignal.timeout(20_000) })
      assert.equal(res.status, 200)
      assert.match(res.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E5%9D%8F\.xlsx/)
      await assert.rejects(res.arrayBuffer(), (err: Error) => err.name !== 'TimeoutError')
    } finally {
      await app.close()
    }
  })
})
