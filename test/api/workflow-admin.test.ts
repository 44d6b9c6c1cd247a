// The workflow's admin screens: 常用回复 per union, the holiday calendar (节假日安排) that
// province/city admins keep, and 答复时限 per union with inheritance down the tree.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, beforeEach, describe, it } from 'node:test'
import pg from 'pg'
import { putOverride } from '../../server/calendar/calendar-repo'
import type { CalendarStatus, CannedReply, DeadlinePolicyView, TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

const CJK = /[\u4e00-\u9fa5]/

describe('workflow admin: 常用回复, 节假日安排, 答复时限', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}

  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']) tokens[a] = await ctx.login(a)
  })
  after(() => ctx.close())
  beforeEach(() => ctx.clock.reset())

  const req = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    ctx.request(tokens[who], payload === undefined ? { method, url } : { method, url, payload })
  const ok = async <T>(who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, status = 200): Promise<T> => {
    const r = await req(who, method, url, payload)
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`)
    return r.json() as T
  }
  const error = async (r: Awaited<ReturnType<typeof req>>, status: number) => {
    assert.equal(r.statusCode, status, r.body)
    const body = r.json() as ApiErrorBody
    assert.match(body.error.message, CJK, body.error.message)
    return body.error
  }
  const U = (key: string) => ctx.seed.unions[key]!

  describe('常用回复 (canned replies)', () => {
    const list = (who: string, query = '') => ok<CannedReply[]>(who, 'GET', `/api/workbench/canned-replies${query}`)
    const create = (who: string, union: string, title: string, body: string) =>
      ok<CannedReply>(who, 'POST', '/api/workbench/canned-replies', { unionId: U(union), title, body }, 201)

    it('lets a township cadre create, edit and delete their union’s replies', async () => {
      const created = await create('cadre-township', 'yl', '  工资拖欠受理  ', '您反映的工资拖欠问题已收到，我们将在 3 个工作日内联系企业核实。')
      assert.equal(created.unionId, U('yl'))
      assert.equal(created.title, '工资拖欠受理', 'trimmed')
      assert.equal(created.body, '您反映的工资拖欠问题已收到，我们将在 3 个工作日内联系企业核实。')
      assert.ok(!Number.isNaN(Date.parse(created.updatedAt)))
      assert.deepEqual((await list('cadre-township')).map((c) => c.id), [created.id])
      assert.deepEqual((await list('cadre-township', `?unionId=${U('yl')}`)).map((c) => c.id), [created.id])

      const edited = await ok<CannedReply>('cadre-township', 'PUT', `/api/workbench/canned-replies/${created.id}`, {
        unionId: U('yl'),
        title: '工资拖欠已核实',
        body: '经核实，企业已承诺本月底前补发。'
      })
      assert.equal(edited.id, created.id)
      assert.equal(edited.title, '工资拖欠已核实')
      assert.equal(edited.body, '经核实，企业已承诺本月底前补发。')
      assert.ok(Date.parse(edited.updatedAt) >= Date.parse(created.updatedAt))
      const listed = await list('cadre-township')
      assert.equal(listed.length, 1)
      assert.deepEqual(listed[0], edited)

      const del = await req('cadre-township', 'DELETE', `/api/workbench/canned-replies/${created.id}`)
      assert.equal(del.statusCode, 204)
      assert.equal(del.body, '')
      assert.deepEqual(await list('cadre-township'), [])
      // Gone: editing or deleting it again is 404.
      await error(await req('cadre-township', 'PUT', `/api/workbench/canned-replies/${created.id}`, { unionId: U('yl'), title: 'x', body: 'y' }), 404)
      await error(await req('cadre-township', 'DELETE', `/api/workbench/canned-replies/${created.id}`), 404)
      assert.equal((await ctx.db.query('SELECT 1 FROM canned_replies WHERE id = $1', [created.id])).rowCount, 0)
    })

    it('lists only the cadre’s own unions’ replies and hides them from every other union', async () => {
      const mine = await create('cadre-township', 'yl', '材料补充提示', '请补充劳动合同、工资条或银行流水。')
      const theirs = await create('cadre-industry', 'kd', '骑手保障答复', '新就业形态职业伤害保障由平台企业缴费。')

      assert.deepEqual((await list('cadre-township')).map((c) => c.id), [mine.id])
      assert.deepEqual((await list('cadre-industry')).map((c) => c.id), [theirs.id])
      assert.deepEqual(await list('cadre-township', `?unionId=${U('kd')}`), [])
      // A union's set is its own: the county above and the enterprise below see none of it.
      assert.ok(!(await list('cadre-county')).some((c) => c.id === mine.id))
      assert.ok(!(await list('cadre-enterprise')).some((c) => c.id === mine.id))

      for (const outsider of ['cadre-industry', 'cadre-county', 'cadre-enterprise']) {
        const put = await req(outsider, 'PUT', `/api/workbench/canned-replies/${mine.id}`, { unionId: U('yl'), title: '改掉', body: '改掉' })
        assert.equal((await error(put, 404)).code, 'NOT_FOUND', outsider)
        assert.equal((await error(await req(outsider, 'DELETE', `/api/workbench/canned-replies/${mine.id}`), 404)).code, 'NOT_FOUND', outsider)
      }
      const still = await list('cadre-township')
      assert.equal(still.length, 1)
      assert.deepEqual(still[0], mine, 'untouched by the outsiders')

      await req('cadre-township', 'DELETE', `/api/workbench/canned-replies/${mine.id}`)
      await req('cadre-industry', 'DELETE', `/api/workbench/canned-replies/${theirs.id}`)
    })

    it('refuses creating for, or moving a reply to, a union the cadre does not serve (403)', async () => {
      for (const union of ['kd', 'sd', 'nh']) {
        const r = await req('cadre-township', 'POST', '/api/workbench/canned-replies', { unionId: U(union), title: '越权', body: '越权内容' })
        assert.equal((await error(r, 403)).code, 'FORBIDDEN', union)
      }
      const unknown = await req('cadre-township', 'POST', '/api/workbench/canned-replies', { unionId: randomUUID(), title: '越权', body: '越权内容' })
      assert.ok([403, 400].includes(unknown.statusCode), unknown.body)
      const own = await create('cadre-township', 'yl', '常用', '常用内容')
      const move = await req('cadre-township', 'PUT', `/api/workbench/canned-replies/${own.id}`, { unionId: U('kd'), title: '常用', body: '常用内容' })
      assert.equal((await error(move, 403)).code, 'FORBIDDEN')
      assert.deepEqual((await list('cadre-township')).find((c) => c.id === own.id)?.unionId, U('yl'))
      assert.deepEqual(await list('cadre-industry'), [])
      const { rows } = await ctx.db.query<{ union_id: string }>('SELECT union_id FROM canned_replies')
      assert.deepEqual(rows.map((r) => r.union_id), [U('yl')], 'no row written for another union')
      await req('cadre-township', 'DELETE', `/api/workbench/canned-replies/${own.id}`)
    })

    it('is for cadres only: a worker gets 403 and no login gets 401', async () => {
      assert.equal((await error(await req('worker', 'GET', '/api/workbench/canned-replies'), 403)).code, 'FORBIDDEN')
      const post = await req('worker', 'POST', '/api/workbench/canned-replies', { unionId: U('sd'), title: '职工', body: '职工内容' })
      assert.equal((await error(post, 403)).code, 'FORBIDDEN')
      assert.equal((await ctx.request(undefined, { method: 'GET', url: '/api/workbench/canned-replies' })).statusCode, 401)
      assert.equal((await ctx.db.query('SELECT 1 FROM canned_replies')).rowCount, 0)
    })

    it('validates with Chinese messages per field', async () => {
      const post = (payload: object) => req('cadre-township', 'POST', '/api/workbench/canned-replies', payload)
      let e = await error(await post({}), 400)
      assert.equal(e.code, 'VALIDATION_FAILED')
      for (const f of ['unionId', 'title', 'body']) assert.match(e.fields?.[f] ?? '', CJK, f)

      e = await error(await post({ unionId: U('yl'), title: '标'.repeat(21), body: '内容' }), 400)
      assert.match(e.fields?.title ?? '', /20/)
      assert.deepEqual(Object.keys(e.fields ?? {}), ['title'])
      e = await error(await post({ unionId: U('yl'), title: '标题', body: '   ' }), 400)
      assert.match(e.fields?.body ?? '', /回复内容/)
      e = await error(await post({ unionId: U('yl'), title: '标题', body: '字'.repeat(1001) }), 400)
      assert.match(e.fields?.body ?? '', /1000/)
      e = await error(await post({ unionId: 'yl', title: '标题', body: '内容' }), 400)
      assert.match(e.fields?.unionId ?? '', CJK)
      // The limits themselves are allowed.
      const edge = await create('cadre-township', 'yl', '标'.repeat(20), '字'.repeat(1000))
      assert.equal(edge.title.length, 20)

      const own = edge
      e = await error(await req('cadre-township', 'PUT', `/api/workbench/canned-replies/${own.id}`, { unionId: U('yl'), title: '', body: '内容' }), 400)
      assert.match(e.fields?.title ?? '', /标题/)
      assert.equal((await list('cadre-township')).find((c) => c.id === own.id)?.title, '标'.repeat(20), 'a refused edit changes nothing')

      e = await error(await req('cadre-township', 'GET', '/api/workbench/canned-replies?unionId=nope'), 400)
      assert.match(e.fields?.unionId ?? '', CJK)
      await error(await req('cadre-township', 'PUT', '/api/workbench/canned-replies/not-a-uuid', { unionId: U('yl'), title: 't', body: 'b' }), 404)
      await req('cadre-township', 'DELETE', `/api/workbench/canned-replies/${own.id}`)
    })
  })

  describe('节假日安排 (holiday calendar)', () => {
    const status = (who: string) => ok<CalendarStatus>(who, 'GET', '/api/workbench/calendar')
    const NOTICE = { date: '2027-01-01', kind: 'holiday', note: '国办发明电〔2026〕X号' }

    it('warns every cadre about the coming year the holiday package has no data for', async () => {
      ctx.clock.set('2026-11-22T10:00:00+08:00')
      for (const who of ['cadre-township', 'cadre-county', 'cadre-city', 'cadre-industry', 'cadre-enterprise']) {
        const s = await status(who)
        assert.deepEqual(s.missingYears, [2027], who)
        assert.deepEqual(s.overrides, [], who)
        assert.equal(s.canEdit, who === 'cadre-city', who)
      }
      // In the middle of a year with data nothing is missing.
      ctx.clock.set('2026-06-15T10:00:00+08:00')
      assert.deepEqual((await status('cadre-township')).missingYears, [])
      assert.equal((await error(await req('worker', 'GET', '/api/workbench/calendar'), 403)).code, 'FORBIDDEN')
    })

    it('lets only a province/city admin enter the notice and confirm the year complete', async () => {
      ctx.clock.set('2026-11-22T10:00:00+08:00')
      for (const who of ['cadre-township', 'cadre-county', 'cadre-enterprise', 'worker']) {
        const r = await req(who, 'POST', '/api/workbench/calendar/overrides', NOTICE)
        assert.equal((await error(r, 403)).code, 'FORBIDDEN', who)
      }
      assert.equal((await ctx.db.query('SELECT 1 FROM calendar_overrides')).rowCount, 0)

      const s = await ok<CalendarStatus>('cadre-city', 'POST', '/api/workbench/calendar/overrides', NOTICE)
      assert.equal(s.overrides.length, 1)
      const o = s.overrides[0]!
      assert.equal(o.date, '2027-01-01')
      assert.equal(o.kind, 'holiday')
      assert.equal(o.note, '国办发明电〔2026〕X号')
      assert.equal(o.enteredBy, '赵敏')
      assert.ok(!Number.isNaN(Date.parse(o.enteredAt)))
      // One day entered is not the whole notice: the warning stays until the year is confirmed.
      assert.deepEqual(s.missingYears, [2027])
      assert.equal((await error(await req('cadre-county', 'POST', '/api/workbench/calendar/years/2027/confirm'), 403)).code, 'FORBIDDEN')
      const c = await ok<CalendarStatus>('cadre-city', 'POST', '/api/workbench/calendar/years/2027/confirm')
      assert.deepEqual(c.missingYears, [])
      assert.deepEqual(c.confirmedYears.map((y) => [y.year, y.confirmedBy]), [[2027, '赵敏']])
      // Everyone sees it.
      const township = await status('cadre-township')
      assert.deepEqual(township.overrides, s.overrides)
      assert.deepEqual(township.missingYears, [])

      // Entering the same day again replaces it; the old entry stays on record as removed.
      const again = await ok<CalendarStatus>('cadre-city', 'POST', '/api/workbench/calendar/overrides', { ...NOTICE, note: '国办发明电〔2026〕Y号' })
      assert.deepEqual(again.overrides.map((x) => [x.date, x.note]), [['2027-01-01', '国办发明电〔2026〕Y号']])
      const { rows } = await ctx.db.query<{ note: string; removed: boolean }>(
        "SELECT note, removed_at IS NOT NULL AS removed FROM calendar_overrides WHERE day = '2027-01-01' ORDER BY entered_at, removed_at NULLS LAST"
      )
      assert.deepEqual(rows, [{ note: '国办发明电〔2026〕X号', removed: true }, { note: '国办发明电〔2026〕Y号', removed: false }])

      // A township cadre cannot remove it either.
      assert.equal((await error(await req('cadre-township', 'DELETE', '/api/workbench/calendar/overrides/2027-01-01'), 403)).code, 'FORBIDDEN')

      // Withdrawing the confirmation brings the warning back; removing the entry takes it off
      // the list and keeps the row on record.
      const unconfirmed = await ok<CalendarStatus>('cadre-city', 'DELETE', '/api/workbench/calendar/years/2027/confirm')
      assert.deepEqual(unconfirmed.missingYears, [2027])
      const removed = await ok<CalendarStatus>('cadre-city', 'DELETE', '/api/workbench/calendar/overrides/2027-01-01')
      assert.deepEqual(removed.overrides, [])
      assert.deepEqual(removed.missingYears, [2027])
      const kept = await ctx.db.query<{ note: string; removed_at: Date | null; removed_by: string | null }>(
        "SELECT note, removed_at, removed_by FROM calendar_overrides WHERE day = '2027-01-01' ORDER BY entered_at"
      )
      assert.equal(kept.rows.length, 2)
      for (const r of kept.rows) {
        assert.ok(r.removed_at instanceof Date, r.note)
        assert.equal(r.removed_by, ctx.seed.users['cadre-city'], r.note)
      }
      // Nothing left to remove: 404.
      assert.equal((await error(await req('cadre-city', 'DELETE', '/api/workbench/calendar/overrides/2027-01-01'), 404)).code, 'NOT_FOUND')
    })

    it('validates the entry with Chinese messages', async () => {
      const post = (payload: object) => req('cadre-city', 'POST', '/api/workbench/calendar/overrides', payload)
      let e = await error(await post({ ...NOTICE, date: '2027-02-30' }), 400)
      assert.equal(e.code, 'VALIDATION_FAILED')
      assert.match(e.fields?.date ?? '', CJK)
      e = await error(await post({ ...NOTICE, date: '2027/01/01' }), 400)
      assert.match(e.fields?.date ?? '', CJK)
      e = await error(await post({ ...NOTICE, kind: 'vacation' }), 400)
      assert.match(e.fields?.kind ?? '', CJK)
      e = await error(await post({ ...NOTICE, note: '   ' }), 400)
      assert.match(e.fields?.note ?? '', CJK)
      e = await error(await post({ ...NOTICE, note: '文'.repeat(101) }), 400)
      assert.match(e.fields?.note ?? '', /100/)
      assert.equal((await ctx.db.query("SELECT 1 FROM calendar_overrides WHERE removed_at IS NULL")).rowCount, 0)
      // A malformed date in the path names nothing.
      await error(await req('cadre-city', 'DELETE', '/api/workbench/calendar/overrides/next-friday'), 404)
    })

    it('answers DELETE of an impossible date with 404/400, not 500', async () => {
      for (const date of ['2027-02-30', '2027-13-01']) {
        const r = await req('cadre-city', 'DELETE', `/api/workbench/calendar/overrides/${date}`)
        assert.ok([400, 404].includes(r.statusCode), `${date}: ${r.statusCode} ${r.body}`)
        assert.match((r.json() as ApiErrorBody).error.message, CJK)
      }
    })

    it('survives two entries for the same day at once (no 500, one live entry)', async () => {
      const day = '2027-02-01'
      const other = new pg.Client({ connectionString: ctx.url })
      await other.connect()
      try {
        await other.query('BEGIN')
        await putOverride(other, { date: day, kind: 'holiday', note: '另一位管理员的录入', userId: ctx.seed.users['cadre-city']! })
        const pending = req('cadre-city', 'POST', '/api/workbench/calendar/overrides', { date: day, kind: 'holiday', note: '国办发明电〔2026〕X号' })
        // Wait until our request is blocked behind the other transaction.
        for (let i = 0; ; i++) {
          const { rows } = await ctx.db.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
          )
          if (rows[0]!.n > 0) break
          if (i > 1000) throw new Error('the request never waited on the other entry')
          await new Promise((r) => setTimeout(r, 5))
        }
        await other.query('COMMIT')
        const r = await pending
        assert.ok([200, 409].includes(r.statusCode), `${r.statusCode} ${r.body}`)
        assert.match(r.statusCode === 200 ? '录入' : (r.json() as ApiErrorBody).error.message, CJK)
        const live = await ctx.db.query('SELECT 1 FROM calendar_overrides WHERE day = $1 AND removed_at IS NULL', [day])
        assert.equal(live.rowCount, 1)
      } finally {
        await other.query('ROLLBACK').catch(() => undefined)
        await other.end()
        await ctx.db.query("UPDATE calendar_overrides SET removed_at = now(), removed_by = entered_by WHERE day = $1 AND removed_at IS NULL", [day])
      }
    })
  })

  describe('答复时限 (deadline policies)', () => {
    const policies = (who: string, union: string) => ok<DeadlinePolicyView[]>(who, 'GET', `/api/workbench/unions/${U(union)}/deadline-policies`)
    const find = (list: DeadlinePolicyView[], kind: string, urgent: boolean) => {
      const p = list.find((x) => x.kind === kind && x.urgent === urgent)
      assert.ok(p, `${kind}/${urgent} missing`)
      return p
    }
    const setPolicy = (who: string, union: string, body: object) => req(who, 'PUT', `/api/workbench/unions/${U(union)}/deadline-policies`, body)
    const submit = async (union: string, over = {}) => {
      const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(U(union), over) })
      assert.equal(r.statusCode, 201, r.body)
      return r.json() as TicketDetail
    }

    it('shows the defaults for every kind × urgency when no union has set any', async () => {
      const list = await policies('cadre-township', 'yl')
      assert.equal(list.length, 6)
      assert.equal(new Set(list.map((p) => `${p.kind}/${p.urgent}`)).size, 6)
      for (const p of list) {
        assert.equal(p.source, 'default')
        assert.equal(p.sourceUnionName, null)
      }
      assert.deepEqual({ ...find(list, 'grievance', false) }, { kind: 'grievance', urgent: false, ackDays: 1, answerDays: 5, source: 'default', sourceUnionName: null })
      assert.equal(find(list, 'grievance', true).answerDays, 1)
      assert.equal(find(list, 'grievance', true).ackDays, 1)
      // A default-policy grievance submitted on a Monday is promised 5 working days out.
      ctx.clock.set('2026-11-23T10:00:00+08:00')
      assert.equal((await submit('yl')).promisedAnswerDate, '2026-11-30')
    })

    it('passes a county’s own figure down to the township, and new tickets there get it', async () => {
      const r = await setPolicy('cadre-county', 'nh', { kind: 'grievance', urgent: false, ackDays: 1, answerDays: 3 })
      assert.equal(r.statusCode, 200, r.body)
      const county = r.json() as DeadlinePolicyView[]
      assert.deepEqual({ ...find(county, 'grievance', false) }, { kind: 'grievance', urgent: false, ackDays: 1, answerDays: 3, source: 'own', sourceUnionName: '宁海县总工会' })
      assert.equal(find(county, 'grievance', true).source, 'default')
      assert.equal(find(county, 'legal_aid', false).source, 'default')

      const township = await policies('cadre-township', 'yl')
      assert.deepEqual({ ...find(township, 'grievance', false) }, { kind: 'grievance', urgent: false, ackDays: 1, answerDays: 3, source: 'inherited', sourceUnionName: '宁海县总工会' })
      assert.equal(find(township, 'grievance', true).source, 'default')
      assert.equal(find(township, 'grievance', true).answerDays, 1)
      // Two levels down too; a branch outside 宁海县 keeps the defaults.
      assert.equal(find(await policies('cadre-enterprise', 'sd'), 'grievance', false).answerDays, 3)
      assert.equal(find(await policies('cadre-city', 'nm'), 'grievance', false).source, 'default')
      assert.equal(find(await policies('cadre-city', 'nb'), 'grievance', false).source, 'default', 'nothing flows upwards')

      // Monday 23 Nov 2026 (no holiday until 2027): 3 working days → Thursday the 26th.
      ctx.clock.set('2026-11-23T10:00:00+08:00')
      const t = await submit('yl')
      assert.equal(t.promisedAnswerDate, '2026-11-26')
      assert.equal((await submit('yl', { urgent: true })).promisedAnswerDate, '2026-11-24', 'urgent keeps the default of 1')
      assert.equal((await submit('nm')).promisedAnswerDate, '2026-11-30', '海曙区 is outside 宁海县')
      // Friday evening: the weekend does not count. 3 working days → Wednesday 2 Dec.
      ctx.clock.set('2026-11-27T21:00:00+08:00')
      assert.equal((await submit('yl')).promisedAnswerDate, '2026-12-02')
    })

    it('a union’s own figure wins over the inherited one', async () => {
      const r = await setPolicy('cadre-township', 'yl', { kind: 'grievance', urgent: false, ackDays: 2, answerDays: 4 })
      assert.equal(r.statusCode, 200, r.body)
      assert.deepEqual({ ...find(r.json() as DeadlinePolicyView[], 'grievance', false) }, { kind: 'grievance', urgent: false, ackDays: 2, answerDays: 4, source: 'own', sourceUnionName: '跃龙街道总工会' })
      // The county keeps its own; the enterprise below now inherits from the nearer township.
      assert.equal(find(await policies('cadre-county', 'nh'), 'grievance', false).answerDays, 3)
      const sd = find(await policies('cadre-enterprise', 'sd'), 'grievance', false)
      assert.equal(sd.sourceUnionName, '跃龙街道总工会')
      assert.equal(sd.source, 'inherited')
      ctx.clock.set('2026-11-23T10:00:00+08:00')
      assert.equal((await submit('yl')).promisedAnswerDate, '2026-11-27')
      assert.equal((await submit('ty')).promisedAnswerDate, '2026-11-26', 'a sibling township still inherits the county’s 3')
    })

    it('is limited to the cadre’s own subtree (404 outside it)', async () => {
      const cases: Array<[string, string]> = [
        ['cadre-township', 'nh'], // the union above
        ['cadre-township', 'ty'], // a sibling
        ['cadre-industry', 'yl'],
        ['cadre-county', 'hs'], // another county
        ['cadre-enterprise', 'yl']
      ]
      for (const [who, union] of cases) {
        assert.equal((await error(await req(who, 'GET', `/api/workbench/unions/${U(union)}/deadline-policies`), 404)).code, 'NOT_FOUND', `${who} GET ${union}`)
        const put = await setPolicy(who, union, { kind: 'grievance', urgent: true, ackDays: 1, answerDays: 2 })
        assert.equal((await error(put, 404)).code, 'NOT_FOUND', `${who} PUT ${union}`)
      }
      const { rows } = await ctx.db.query<{ union_id: string }>('SELECT union_id FROM deadline_policies WHERE urgent')
      assert.deepEqual(rows, [], 'nothing written by a refused PUT')
      await error(await req('cadre-city', 'GET', `/api/workbench/unions/${randomUUID()}/deadline-policies`), 404)
      await error(await req('cadre-city', 'GET', '/api/workbench/unions/not-a-uuid/deadline-policies'), 404)
      assert.equal((await error(await req('worker', 'GET', `/api/workbench/unions/${U('sd')}/deadline-policies`), 403)).code, 'FORBIDDEN')
      // The city, above them all, may read a township's.
      assert.equal((await policies('cadre-city', 'yl')).length, 6)
    })

    it('validates the figures with Chinese messages and changes nothing on a refusal', async () => {
      const before = await policies('cadre-county', 'nh')
      const cases: Array<[object, string]> = [
        [{ kind: 'grievance', urgent: false, ackDays: 1, answerDays: 0 }, 'answerDays'],
        [{ kind: 'grievance', urgent: false, ackDays: 1, answerDays: 31 }, 'answerDays'],
        [{ kind: 'grievance', urgent: false, ackDays: 0, answerDays: 3 }, 'ackDays'],
        [{ kind: 'grievance', urgent: false, ackDays: 6, answerDays: 3 }, 'ackDays'],
        [{ kind: 'grievance', urgent: false, ackDays: 1, answerDays: 2.5 }, 'answerDays'],
        [{ kind: 'grievance', urgent: false, ackDays: 1, answerDays: '3' }, 'answerDays'],
        [{ kind: 'parking', urgent: false, ackDays: 1, answerDays: 3 }, 'kind'],
        [{ kind: 'grievance', ackDays: 1, answerDays: 3 }, 'urgent']
      ]
      for (const [body, field] of cases) {
        const e = await error(await setPolicy('cadre-county', 'nh', body), 400)
        assert.equal(e.code, 'VALIDATION_FAILED', JSON.stringify(body))
        assert.match(e.fields?.[field] ?? '', CJK, `${JSON.stringify(body)} → ${JSON.stringify(e.fields)}`)
      }
      assert.match((await error(await setPolicy('cadre-county', 'nh', cases[0]![0]), 400)).fields?.answerDays ?? '', /至少 1/)
      assert.deepEqual(await policies('cadre-county', 'nh'), before)
    })
  })
})
