// The union's side and the parent's profile: publishing classes (drafts only editable, own
// union only), the catalogue served from memory, rosters seen only by that union, attendance,
// the Excel export, child profiles with their two consents, and per-user rate limits.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import type { AttendanceSheet, Catalogue, ChildProfile, ClassAdminView, ClassDetail, EnrolmentView, Roster, RosterExport } from '../../types/api-childcare'
import { HEALTH_CONSENT_VERSION } from '../../types/childcare'
import type { ApiErrorBody } from '../../types/errors'
import { childInput, classInput, makeParents, OPENS, publishedClass, signUpInput } from './childcare-fixtures'
import { createTestContext, type TestContext } from './context'

describe('爱心托班 administration and profiles', () => {
  let ctx: TestContext
  let cadre: string
  let parent: string
  before(async () => {
    ctx = await createTestContext({ env: { CATALOGUE_CACHE_MS: '0', RATE_LIMIT_BURST: '1000' } })
    cadre = await ctx.login('cadre-township')
    parent = await ctx.login('parent')
  })
  after(() => ctx.close())
  beforeEach(() => ctx.clock.set(OPENS))

  const fields = (r: { json(): unknown }) => (r.json() as ApiErrorBody).error.fields ?? {}

  it('validates a class in Chinese, for the cadre’s own union only', async () => {
    const url = '/api/workbench/childcare/classes'
    let r = await ctx.request(cadre, { method: 'POST', url, payload: classInput(ctx.seed.unions.yl!, { ageMin: null, ageMax: null }) })
    assert.equal(fields(r).ageMin, '请填写招收年龄或年级范围')
    r = await ctx.request(cadre, { method: 'POST', url, payload: classInput(ctx.seed.unions.yl!, { allocationMode: 'lottery' }) })
    assert.equal(fields(r).drawAt, '抽签方式须设置抽签时间')
    const bad = classInput(ctx.seed.unions.yl!)
    r = await ctx.request(cadre, { method: 'POST', url, payload: { ...bad, periods: [{ ...bad.periods[0]!, endDate: '2027-07-01' }] } })
    assert.equal(fields(r)['periods.0.endDate'], '结班日期不能早于开班日期')
    r = await ctx.request(cadre, { method: 'POST', url, payload: classInput(ctx.seed.unions.nh!) })
    assert.equal(fields(r).unionId, '只能为您所在的工会举办托班')
    r = await ctx.request(parent, { method: 'POST', url, payload: classInput(ctx.seed.unions.yl!) })
    assert.equal(r.statusCode, 403)
  })

  it('drafts are editable and invisible to parents; published classes are neither', async () => {
    const r = await ctx.request(cadre, { method: 'POST', url: '/api/workbench/childcare/classes', payload: classInput(ctx.seed.unions.yl!, { title: '草稿托班' }) })
    const draft = r.json() as ClassAdminView
    assert.equal(draft.phase, 'draft')
    assert.equal((await ctx.request(parent, { method: 'GET', url: `/api/childcare/classes/${draft.id}` })).statusCode, 404)
    const edited = await ctx.request(cadre, { method: 'PUT', url: `/api/workbench/childcare/classes/${draft.id}`, payload: classInput(ctx.seed.unions.yl!, { title: '改过的托班' }) })
    assert.equal((edited.json() as ClassAdminView).title, '改过的托班')
    const other = await ctx.login('cadre-county')
    assert.equal((await ctx.request(other, { method: 'POST', url: `/api/workbench/childcare/classes/${draft.id}/publish` })).statusCode, 404)
    assert.equal((await ctx.request(cadre, { method: 'POST', url: `/api/workbench/childcare/classes/${draft.id}/publish` })).statusCode, 200)
    const late = await ctx.request(cadre, { method: 'PUT', url: `/api/workbench/childcare/classes/${draft.id}`, payload: classInput(ctx.seed.unions.yl!) })
    assert.equal(late.statusCode, 409)
    const detail = (await ctx.request(undefined, { method: 'GET', url: `/api/childcare/classes/${draft.id}` })).json() as ClassDetail
    assert.deepEqual([detail.phase, detail.periods.length, detail.serverTime], ['open', 2, new Date(OPENS).toISOString()])
  })

  it('the catalogue filters by area, age and seats', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, { title: '筛选用托班', ageMin: 10, ageMax: 12 }))
    const get = async (q: string) => ((await ctx.request(undefined, { method: 'GET', url: `/api/childcare/classes?${q}` })).json() as Catalogue).items.map((c) => c.id)
    assert.ok((await get(`unionId=${ctx.seed.unions.nh}`)).includes(cls.id), 'a county finds its townships’ classes')
    assert.ok(!(await get(`unionId=${ctx.seed.unions.kd}`)).includes(cls.id))
    assert.ok((await get('age=11')).includes(cls.id))
    assert.ok(!(await get('age=7')).includes(cls.id))
    const [a, b] = await makeParents(ctx.db, 2, '2016-05-01')
    for (const p of [a!, b!]) await ctx.request(p.token, { method: 'POST', url: `/api/childcare/periods/${cls.periods[0]!.id}/sign-ups`, payload: signUpInput(p.childId) })
    const full = ((await ctx.request(undefined, { method: 'GET', url: '/api/childcare/classes?seats=waitlist' })).json() as Catalogue).items.find((c) => c.id === cls.id)
    assert.deepEqual(full?.periods.map((p) => [p.availability, p.seatsLeft]), [['waitlist', 0], ['seats', 2]])
    const bad = await ctx.request(undefined, { method: 'GET', url: '/api/childcare/classes?age=abc' })
    assert.equal(bad.statusCode, 400)
    assert.equal(fields(bad).age, '年龄须为 2–16 的整数')
  })

  it('serves the catalogue from memory within the cache time, so a burst of views costs one read', async () => {
    const cached = await createTestContext({ env: { CATALOGUE_CACHE_MS: '60000' } })
    try {
      cached.clock.set(OPENS)
      const token = await cached.login('cadre-township')
      const cls = await publishedClass(cached, token, classInput(cached.seed.unions.yl!, { title: '缓存托班' }))
      const seats = async () => {
        const c = (await cached.request(undefined, { method: 'GET', url: '/api/childcare/classes' })).json() as Catalogue
        return c.items.find((x) => x.id === cls.id)?.periods[0]?.seatsLeft
      }
      assert.equal(await seats(), 2)
      // Change the counter behind the cache's back: views keep the remembered figure.
      await cached.db.query('UPDATE childcare_periods SET taken = 1 WHERE id = $1', [cls.periods[0]!.id])
      const burst = await Promise.all(Array.from({ length: 50 }, seats))
      assert.ok(burst.every((s) => s === 2))
    } finally {
      await cached.close()
    }
  })

  it('rosters, attendance and the Excel export belong to the class’s union', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, { title: '名单托班' }))
    const period = cls.periods[0]!.id
    const r1 = await ctx.request(parent, { method: 'POST', url: '/api/children', payload: childInput({ name: '周小花', healthNotes: '花生过敏', healthConsentVersion: HEALTH_CONSENT_VERSION }) })
    const child = r1.json() as ChildProfile
    const v = (await ctx.request(parent, { method: 'POST', url: `/api/childcare/periods/${period}/sign-ups`, payload: signUpInput(child.id) })).json() as EnrolmentView
    const roster = (await ctx.request(cadre, { method: 'GET', url: `/api/workbench/childcare/periods/${period}/roster` })).json() as Roster
    assert.deepEqual(roster.entries.map((e) => [e.child.name, e.child.healthNotes, e.child.ageAtStart, e.guardianName]), [['周小花', '花生过敏', 9, '李秀英']])
    for (const account of ['cadre-county', 'parent']) {
      const t = await ctx.login(account)
      assert.equal((await ctx.request(t, { method: 'GET', url: `/api/workbench/childcare/periods/${period}/roster` })).statusCode, account === 'parent' ? 403 : 404)
    }
    ctx.clock.set('2027-07-05T10:00:00+08:00')
    const url = `/api/workbench/childcare/periods/${period}/attendance/2027-07-05`
    const saved = await ctx.request(cadre, { method: 'PUT', url, payload: { marks: [{ enrolmentId: v.id, present: true }] } })
    assert.deepEqual((saved.json() as AttendanceSheet).entries.map((e) => [e.childName, e.present]), [['周小花', true]])
    const future = await ctx.request(cadre, { method: 'PUT', url: `/api/workbench/childcare/periods/${period}/attendance/2027-07-06`, payload: { marks: [{ enrolmentId: v.id, present: true }] } })
    assert.equal(fields(future).date, '不能登记未来日期的出勤')
    const outside = await ctx.request(cadre, { method: 'GET', url: `/api/workbench/childcare/periods/${period}/attendance/2027-08-01` })
    assert.equal(fields(outside).date, '该日期不在班期内')
    const exportUrl = `/api/workbench/childcare/periods/${period}/roster-export`
    const { url: link, masked } = (await ctx.request(cadre, { method: 'POST', url: exportUrl })).json() as RosterExport & { masked: boolean }
    assert.equal(masked, true)
    const file = await ctx.request(undefined, { method: 'GET', url: link })
    assert.equal(file.statusCode, 200)
    assert.match(String(file.headers['content-disposition']), /filename\*=UTF-8''.*%E5%90%8D%E5%8D%95/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.rawPayload))
    const ws = wb.worksheets[0]!
    const head = (ws.getRow(1).values as unknown[]).slice(1)
    const row = Object.fromEntries(head.map((h, i) => [String(h), ws.getRow(2).getCell(i + 1).value]))
    assert.deepEqual([row['孩子姓名'], row['健康情况/过敏'], row['状态'], row['家长电话'], row['出勤天数'], row['登记天数'], row['出勤率']], ['周小花', '花生过敏', '报名成功', '139****2345', 1, 1, '100%'])
    assert.equal(row['07-05 周一'], '出勤', 'a column per day of the period')
    assert.equal(row['07-06 周二'], null)
    assert.equal(ws.rowCount, 2)
    const audit = await ctx.db.query<{ action: string; union_id: string; detail: { periodId: string; masked: boolean } }>(
      `SELECT a.action, a.union_id, a.detail FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE u.display_name = '王丽'`
    )
    assert.deepEqual(audit.rows.map((a) => [a.action, a.union_id, a.detail.periodId, a.detail.masked]), [['export.childcare_roster', ctx.seed.unions.yl, period, true]])
    // A cadre flagged for full export at the union (or above it) gets the phone in full.
    await ctx.db.query(`UPDATE union_cadres SET full_export = true WHERE union_id = $1 AND user_id = (SELECT id FROM users WHERE display_name = '王丽')`, [ctx.seed.unions.yl])
    const { url: fullLink, masked: fullMasked } = (await ctx.request(cadre, { method: 'POST', url: exportUrl })).json() as RosterExport & { masked: boolean }
    assert.equal(fullMasked, false)
    const full = new ExcelJS.Workbook()
    await full.xlsx.load(Buffer.from((await ctx.request(undefined, { method: 'GET', url: fullLink })).rawPayload))
    assert.equal(full.worksheets[0]!.getRow(2).getCell(head.indexOf('家长电话') + 1).value, '13957412345')
    const forged = await ctx.request(undefined, { method: 'GET', url: link.replace(/sig=[^&]+/, 'sig=AAAA') })
    assert.equal(forged.statusCode, 403)
  })

  it('a child is stored only with the guardian’s consent; health notes need their own', async () => {
    const url = '/api/children'
    let r = await ctx.request(parent, { method: 'POST', url, payload: { ...childInput(), consentVersion: undefined } })
    assert.equal(fields(r).consentVersion, '请先阅读并同意儿童个人信息处理规则')
    r = await ctx.request(parent, { method: 'POST', url, payload: childInput({ healthNotes: '哮喘' }) })
    assert.equal(fields(r).healthConsentVersion, '填写健康情况需要您单独同意健康信息的处理')
    r = await ctx.request(parent, { method: 'POST', url, payload: childInput({ name: '吴小乐', healthNotes: '哮喘', healthConsentVersion: HEALTH_CONSENT_VERSION }) })
    const c = r.json() as ChildProfile
    assert.equal(r.statusCode, 201)
    assert.ok(c.consentAt && c.healthConsentAt && c.consentCurrent)
    // Another parent cannot read, change or delete it.
    const other = await ctx.login('worker')
    assert.ok(!((await ctx.request(other, { method: 'GET', url })).json() as ChildProfile[]).some((x) => x.id === c.id))
    assert.equal((await ctx.request(other, { method: 'PUT', url: `${url}/${c.id}`, payload: childInput() })).statusCode, 404)
    assert.equal((await ctx.request(other, { method: 'DELETE', url: `${url}/${c.id}` })).statusCode, 404)
    // Withdrawing the health consent clears nothing silently: notes without it are refused.
    r = await ctx.request(parent, { method: 'PUT', url: `${url}/${c.id}`, payload: childInput({ name: '吴小乐', healthNotes: '' }) })
    assert.deepEqual([(r.json() as ChildProfile).healthConsentVersion, (r.json() as ChildProfile).healthNotes], [null, ''])
    // A child with a live sign-up cannot be deleted; afterwards its details are wiped.
    const cls = await publishedClass(ctx, cadre, classInput(ctx.seed.unions.yl!, { title: '删除测试托班' }))
    const v = (await ctx.request(parent, { method: 'POST', url: `/api/childcare/periods/${cls.periods[0]!.id}/sign-ups`, payload: signUpInput(c.id) })).json() as EnrolmentView
    assert.equal((await ctx.request(parent, { method: 'DELETE', url: `${url}/${c.id}` })).statusCode, 409)
    // Its birth date and grade were checked against the period: they stay while the sign-up lives.
    const older = await ctx.request(parent, { method: 'PUT', url: `${url}/${c.id}`, payload: childInput({ name: '吴小乐', birthDate: '2010-01-01' }) })
    assert.equal(older.statusCode, 409)
    assert.match((older.json() as ApiErrorBody).error.message, /出生日期和年级暂不能修改/)
    assert.equal((await ctx.request(parent, { method: 'PUT', url: `${url}/${c.id}`, payload: childInput({ name: '吴乐乐' }) })).statusCode, 200)
    await ctx.request(parent, { method: 'POST', url: `/api/childcare/enrolments/${v.id}/actions/cancel`, payload: {} })
    assert.equal((await ctx.request(parent, { method: 'DELETE', url: `${url}/${c.id}` })).statusCode, 204)
    const { rows } = await ctx.db.query('SELECT name, health_notes, emergency_phone FROM children WHERE id = $1', [c.id])
    assert.deepEqual(rows[0], { name: '（已删除）', health_notes: '', emergency_phone: '' })
  })

  it('rate-limits scripted tapping per user with a Chinese 429', async () => {
    const limited = await createTestContext({ env: { CATALOGUE_CACHE_MS: '0', RATE_LIMIT_BURST: '3', RATE_LIMIT_REFILL_MS: '60000' } })
    try {
      limited.clock.set(OPENS)
      const token = await limited.login('cadre-township')
      const cls = await publishedClass(limited, token, classInput(limited.seed.unions.yl!))
      const [p, q] = await makeParents(limited.db, 2)
      const tap = (who: typeof p) =>
        limited.request(who!.token, { method: 'POST', url: `/api/childcare/periods/${cls.periods[0]!.id}/sign-ups`, payload: signUpInput(who!.childId) })
      const codes = []
      for (let i = 0; i < 5; i += 1) codes.push((await tap(p)).statusCode)
      assert.deepEqual(codes, [201, 409, 409, 429, 429])
      const last = await tap(p)
      assert.match((last.json() as ApiErrorBody).error.message, /操作太频繁，请 \d+ 秒后再试/)
      assert.equal((await tap(q)).statusCode, 201, 'another parent is not affected')
    } finally {
      await limited.close()
    }
  })
})
