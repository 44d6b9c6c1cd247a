// 爱心托班 sign-ups over HTTP: the answer a parent gets at once (seat, 待审核, 候补第 N 位, or
// the rule that said no), what the database enforces on its own, and idempotent retries.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { Page, TicketSummary } from '../../types/api'
import type { ChildProfile, ClassAdminView, EnrolmentView } from '../../types/api-childcare'
import type { ApiErrorBody } from '../../types/errors'
import { childInput, classInput, makeParents, OPENS, publishedClass, signUpInput } from './childcare-fixtures'
import { createTestContext, type TestContext } from './context'

describe('爱心托班 sign-up', () => {
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

  const yl = () => ctx.seed.unions.yl!
  const addChild = async (over = {}) => {
    const r = await ctx.request(parent, { method: 'POST', url: '/api/children', payload: childInput(over) })
    assert.equal(r.statusCode, 201, r.body)
    return r.json() as ChildProfile
  }
  const signUp = (token: string, periodId: string, childId: string, over = {}) =>
    ctx.request(token, { method: 'POST', url: `/api/childcare/periods/${periodId}/sign-ups`, payload: signUpInput(childId, over) })
  const refusal = (r: { statusCode: number; json(): unknown }) => {
    const e = (r.json() as ApiErrorBody).error
    return [r.statusCode, e.code, e.reason]
  }

  it('answers 报名成功 while seats last, then 候补第 N 位, then refuses when the waitlist is full', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl(), { waitlistLimit: 2 }))
    const period = cls.periods[0]!.id
    const parents = await makeParents(ctx.db, 5)
    const states: string[] = []
    for (const p of parents.slice(0, 4)) {
      const r = await signUp(p.token, period, p.childId)
      assert.equal(r.statusCode, 201, r.body)
      const v = r.json() as EnrolmentView
      states.push(v.state === 'waitlisted' ? `候补${v.waitlistPosition}` : v.state)
    }
    assert.deepEqual(states, ['held', 'held', '候补1', '候补2'])
    assert.deepEqual(refusal(await signUp(parents[4]!.token, period, parents[4]!.childId)), [409, 'SIGN_UP_REFUSED', 'full'])
    // The refused attempt left nothing behind: no ticket, no counter change.
    const { rows } = await ctx.db.query('SELECT taken, waiting FROM childcare_periods WHERE id = $1', [period])
    assert.deepEqual(rows[0], { taken: 2, waiting: 2 })
    const tickets = await ctx.db.query('SELECT count(*)::int AS n FROM tickets WHERE requester_id = $1', [parents[4]!.userId])
    assert.equal(tickets.rows[0].n, 0)
  })

  it('a retried request (same clientRequestId) returns the first sign-up, not a second one', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl()))
    const [p] = await makeParents(ctx.db, 1)
    const payload = signUpInput(p!.childId)
    const send = () => ctx.request(p!.token, { method: 'POST', url: `/api/childcare/periods/${cls.periods[0]!.id}/sign-ups`, payload })
    const [a, b] = await Promise.all([send(), send()])
    const c = await send()
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 201])
    assert.equal(c.statusCode, 200)
    assert.equal((a.json() as EnrolmentView).id, (c.json() as EnrolmentView).id)
    const { rows } = await ctx.db.query('SELECT taken FROM childcare_periods WHERE id = $1', [cls.periods[0]!.id])
    assert.equal(rows[0].taken, 1)
  })

  it('refuses before opening and after closing, with the opening time in the message', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl()))
    const child = await addChild()
    ctx.clock.set('2027-06-01T08:59:59+08:00')
    const early = await signUp(parent, cls.periods[0]!.id, child.id)
    assert.deepEqual(refusal(early), [409, 'SIGN_UP_REFUSED', 'not_open'])
    assert.match((early.json() as ApiErrorBody).error.message, /6月1日 周二 09:00 开始报名/)
    ctx.clock.set('2027-06-10T18:00:00+08:00')
    assert.deepEqual(refusal(await signUp(parent, cls.periods[0]!.id, child.id)), [409, 'SIGN_UP_REFUSED', 'closed'])
  })

  it('checks age and grade at the period start date', async () => {
    // Turns 6 on 2027-07-10: too young on the 7-05 start of 第一期, old enough for 第二期.
    const cls = await publishedClass(ctx, cadre, classInput(yl(), { onePeriodPerChild: false }))
    const child = await addChild({ name: '王小年', birthDate: '2021-07-10' })
    assert.deepEqual(refusal(await signUp(parent, cls.periods[0]!.id, child.id)), [409, 'SIGN_UP_REFUSED', 'age_out_of_range'])
    assert.equal((await signUp(parent, cls.periods[1]!.id, child.id)).statusCode, 201)
    // Grade 5 entered in March 2027 is still grade 5 in July (rolls over in September).
    const byGrade = await publishedClass(ctx, cadre, classInput(yl(), { ageMin: null, ageMax: null, gradeMin: 1, gradeMax: 4, title: '低年级托班' }))
    const older = await addChild({ name: '王大年', grade: 5, birthDate: '2016-01-01' })
    assert.deepEqual(refusal(await signUp(parent, byGrade.periods[0]!.id, older.id)), [409, 'SIGN_UP_REFUSED', 'grade_out_of_range'])
  })

  it('one sign-up per child per period, one period per class, no overlapping periods', async () => {
    const a = await publishedClass(ctx, cadre, classInput(yl()))
    const b = await publishedClass(ctx, cadre, classInput(yl(), { title: '另一个街道托班', onePeriodPerChild: false }))
    const child = await addChild({ name: '赵小红' })
    assert.equal((await signUp(parent, a.periods[0]!.id, child.id)).statusCode, 201)
    assert.deepEqual(refusal(await signUp(parent, a.periods[0]!.id, child.id)), [409, 'SIGN_UP_REFUSED', 'already_signed_up'])
    assert.deepEqual(refusal(await signUp(parent, a.periods[1]!.id, child.id)), [409, 'SIGN_UP_REFUSED', 'one_period_per_class'])
    // Class b's 第一期 has the same dates as a's 第一期.
    assert.deepEqual(refusal(await signUp(parent, b.periods[0]!.id, child.id)), [409, 'SIGN_UP_REFUSED', 'overlapping_period'])
    assert.equal((await signUp(parent, b.periods[1]!.id, child.id)).statusCode, 201)
  })

  it('the database itself refuses what the code would: duplicates, overlaps, ages, overselling', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl(), { onePeriodPerChild: false }))
    const [p] = await makeParents(ctx.db, 1)
    const ok = await signUp(p!.token, cls.periods[0]!.id, p!.childId)
    const e = ok.json() as EnrolmentView
    const copy = async (periodId: string, limitKey: string) => {
      const t = await ctx.db.query<{ id: string }>(
        `INSERT INTO tickets (number, kind, requester_id, target_union_id, current_union_id, title, description, contact_phone, client_request_id)
         VALUES ('TB-X' || gen_random_uuid(), 'childcare', $1, $2, $2, 'x', '', '1', gen_random_uuid()::text) RETURNING id`,
        [p!.userId, yl()]
      )
      return ctx.db
        .query(
          `INSERT INTO enrolments (id, period_id, class_id, child_id, guardian_id, state, limit_key, dates, contact_phone)
           SELECT $1, p.id, p.class_id, $2, $3, 'held', $4, daterange(p.start_date, p.end_date, '[]'), '1' FROM childcare_periods p WHERE p.id = $5`,
          [t.rows[0]!.id, p!.childId, p!.userId, limitKey, periodId]
        )
        .then(() => 'stored', (err: { constraint?: string }) => err.constraint)
    }
    assert.equal(await copy(cls.periods[0]!.id, cls.periods[0]!.id), 'enrolments_one_per_period')
    assert.match(String(await copy(cls.periods[0]!.id, cls.id)), /enrolments_(no_overlap|one_per_period)/)
    const baby = await ctx.db.query<{ id: string }>(
      `INSERT INTO children (guardian_id, name, gender, birth_date, grade, grade_as_of, emergency_name, emergency_phone, consent_version, consent_at)
       VALUES ($1, '小宝', 'male', '2025-01-01', 0, '2027-01-01', '家长', '13900000000', 'x', now()) RETURNING id`,
      [p!.userId]
    )
    const t2 = await ctx.db.query<{ id: string }>(
      `INSERT INTO tickets (number, kind, requester_id, target_union_id, current_union_id, title, description, contact_phone, client_request_id)
       VALUES ('TB-Y', 'childcare', $1, $2, $2, 'x', '', '1', 'y-request-1') RETURNING id`,
      [p!.userId, yl()]
    )
    await assert.rejects(
      ctx.db.query(
        `INSERT INTO enrolments (id, period_id, class_id, child_id, guardian_id, state, limit_key, dates, contact_phone)
         SELECT $1, p.id, p.class_id, $2, $3, 'held', p.id, daterange(p.start_date, p.end_date, '[]'), '1' FROM childcare_periods p WHERE p.id = $4`,
        [t2.rows[0]!.id, baby.rows[0]!.id, p!.userId, cls.periods[1]!.id]
      ),
      (err: { constraint?: string }) => err.constraint === 'enrolments_age_out_of_range'
    )
    await assert.rejects(ctx.db.query('UPDATE childcare_periods SET taken = capacity + 1 WHERE id = $1', [cls.periods[0]!.id]), /childcare_periods_no_oversell/)
    assert.equal(e.state, 'held')
  })

  it('shows the sign-up in 我的 next to other tickets, with its booking state', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl(), { title: '我的列表托班' }))
    const child = await addChild({ name: '孙小雨' })
    const v = (await signUp(parent, cls.periods[0]!.id, child.id)).json() as EnrolmentView
    const mine = (await ctx.request(parent, { method: 'GET', url: '/api/tickets/mine' })).json() as Page<TicketSummary>
    const item = mine.items.find((t) => t.id === v.id)
    assert.ok(item, 'sign-up listed')
    assert.equal(item.kind, 'childcare')
    assert.equal(item.status, null)
    assert.deepEqual([item.booking?.state, item.booking?.childName, item.booking?.periodName], ['held', '孙小雨', '第一期'])
    assert.match(item.number, /^TB\d{8}-\d{6}$/)
    // The 12345 workflow does not know it.
    assert.equal((await ctx.request(parent, { method: 'GET', url: `/api/tickets/${v.id}` })).statusCode, 404)
    assert.equal((await ctx.request(parent, { method: 'POST', url: `/api/tickets/${v.id}/actions/withdraw`, payload: {} })).statusCode, 404)
  })

  it('only the guardian and cadres of the class union see a sign-up', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl()))
    const [p] = await makeParents(ctx.db, 1)
    const v = (await signUp(p!.token, cls.periods[0]!.id, p!.childId)).json() as EnrolmentView
    const get = async (account: string) => (await ctx.request(await ctx.login(account), { method: 'GET', url: `/api/childcare/enrolments/${v.id}` })).statusCode
    assert.equal((await ctx.request(p!.token, { method: 'GET', url: `/api/childcare/enrolments/${v.id}` })).statusCode, 200)
    assert.equal(await get('cadre-township'), 200)
    assert.equal(await get('parent'), 404)
    assert.equal(await get('cadre-county'), 404) // a union above runs nothing here
    // Someone else's child cannot be signed up.
    const other = await addChild({ name: '别人家' })
    const r = await signUp(p!.token, cls.periods[0]!.id, other.id)
    assert.equal(r.statusCode, 400)
    assert.equal((r.json() as ApiErrorBody).error.fields?.childId, '请选择您添加的孩子')
  })

  it('refuses bad input in Chinese and priority groups the class does not offer', async () => {
    const cls = await publishedClass(ctx, cadre, classInput(yl()))
    const child = await addChild({ name: '钱多多' })
    const url = `/api/childcare/periods/${cls.periods[0]!.id}/sign-ups`
    const bad = await ctx.request(parent, { method: 'POST', url, payload: { ...signUpInput(child.id), contactPhone: '123' } })
    assert.equal(bad.statusCode, 400)
    assert.match((bad.json() as ApiErrorBody).error.fields?.contactPhone ?? '', /手机号/)
    const group = await signUp(parent, cls.periods[0]!.id, child.id, { priorityGroups: ['single_parent'] })
    assert.equal(group.statusCode, 400)
    assert.ok((group.json() as ApiErrorBody).error.fields?.priorityGroups)
    assert.equal((await ctx.request(parent, { method: 'POST', url: '/api/childcare/periods/nope/sign-ups', payload: signUpInput(child.id) })).statusCode, 404)
    assert.equal((await ctx.request(undefined, { method: 'POST', url, payload: signUpInput(child.id) })).statusCode, 401)
  })

  it('a class needing review holds the seat as 待审核 until a cadre decides', async () => {
    const cls: ClassAdminView = await publishedClass(ctx, cadre, classInput(yl(), { reviewRequired: true }))
    const [a, b, c] = await makeParents(ctx.db, 3)
    const va = (await signUp(a!.token, cls.periods[0]!.id, a!.childId)).json() as EnrolmentView
    const vb = (await signUp(b!.token, cls.periods[0]!.id, b!.childId)).json() as EnrolmentView
    const vc = (await signUp(c!.token, cls.periods[0]!.id, c!.childId)).json() as EnrolmentView
    assert.deepEqual([va.state, vb.state, vc.state, vc.waitlistPosition], ['pending_review', 'pending_review', 'waitlisted', 1])
    const act = (id: string, action: string, payload = {}) =>
      ctx.request(cadre, { method: 'POST', url: `/api/childcare/enrolments/${id}/actions/${action}`, payload })
    // A parent cannot review.
    assert.equal((await ctx.request(a!.token, { method: 'POST', url: `/api/childcare/enrolments/${va.id}/actions/approve`, payload: {} })).statusCode, 404)
    assert.equal((await act(va.id, 'approve')).json().state, 'held')
    const noReason = await act(vb.id, 'reject')
    assert.equal(noReason.statusCode, 400)
    const rejected = await act(vb.id, 'reject', { reason: '非本街道企业职工' })
    assert.equal(rejected.json().state, 'rejected')
    // The freed seat went to the first on the waitlist.
    const after = (await ctx.request(c!.token, { method: 'GET', url: `/api/childcare/enrolments/${vc.id}` })).json() as EnrolmentView
    assert.equal(after.state, 'offered')
    assert.deepEqual(after.allowedActions.sort(), ['cancel', 'claim'])
  })
})
