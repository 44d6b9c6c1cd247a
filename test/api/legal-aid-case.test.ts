// Working a 法律援助 case: the station assigns a lawyer (签收), the lawyer moves the stage only
// forward through the allowed steps, records the amount recovered only at 结案, the worker
// rates it; the answer clock stops at the lawyer's first word; the unions' figures add up.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail } from '../../types/api'
import type { LegalAidStats } from '../../types/api-legal-aid'
import type { ApiErrorBody } from '../../types/errors'
import { runDeadlineSweep } from '../../server/deadlines/sweep'
import { createTestContext, type TestContext } from './context'
import { act, fileRequest, MONDAY_MORNING } from './legal-aid-fixtures'

describe('法律援助 case work', () => {
  let ctx: TestContext
  let worker: string
  let county: string
  let lawyer: string
  let station: string
  before(async () => {
    ctx = await createTestContext()
    ctx.clock.set(MONDAY_MORNING)
    worker = await ctx.login('worker')
    county = await ctx.login('cadre-county')
    lawyer = await ctx.login('lawyer')
    station = ctx.seed.stationId!
  })
  after(() => ctx.close())

  const err = (r: { json(): unknown }) => (r.json() as ApiErrorBody).error
  const detail = (r: { json(): unknown }) => r.json() as TicketDetail

  async function assigned(): Promise<TicketDetail> {
    const t = await fileRequest(ctx, worker, station)
    const r = await act(ctx, county, t.id, 'assign_lawyer', { lawyerId: ctx.seed.users.lawyer })
    assert.equal(r.statusCode, 200, r.body)
    return detail(r)
  }

  it('is signed for by assigning one of the station’s lawyers, not by a plain 签收', async () => {
    const t = await fileRequest(ctx, worker, station)
    const seen = detail(await ctx.request(county, { method: 'GET', url: `/api/tickets/${t.id}` }))
    assert.deepEqual(seen.allowedActions, ['assign_lawyer', 'refuse', 'note'])
    assert.deepEqual(seen.legalCase?.stationLawyers.map((l) => l.id), [ctx.seed.users.lawyer])
    assert.equal((await act(ctx, county, t.id, 'acknowledge', {})).statusCode, 409)
    assert.equal((await act(ctx, county, t.id, 'dispatch', { unionId: ctx.seed.unions.yl })).statusCode, 409)
    // Someone who is not a lawyer of this station cannot be assigned.
    const bad = await act(ctx, county, t.id, 'assign_lawyer', { lawyerId: ctx.seed.users['cadre-township'] })
    assert.equal(bad.statusCode, 400)
    assert.equal(err(bad).fields?.lawyerId, '请选择本援助站的律师')
    // Only the handling union assigns; the lawyer cannot pick up a case alone.
    assert.equal((await act(ctx, lawyer, t.id, 'assign_lawyer', { lawyerId: ctx.seed.users.lawyer })).statusCode, 409)

    const r = detail(await act(ctx, county, t.id, 'assign_lawyer', { lawyerId: ctx.seed.users.lawyer, body: '请尽快联系' }))
    assert.equal(r.status, 'in_progress')
    assert.equal(r.legalCase?.lawyer?.name, '孙立新')
    assert.equal(r.dueKind, 'answer')
    const note = await ctx.db.query("SELECT title FROM notifications WHERE user_id = $1 AND ticket_id = $2", [ctx.seed.users.lawyer, t.id])
    assert.deepEqual(note.rows.map((n) => n.title), ['新的法律援助案件'])
    const asLawyer = detail(await ctx.request(lawyer, { method: 'GET', url: `/api/tickets/${t.id}` }))
    assert.deepEqual(asLawyer.allowedActions, ['reply', 'request_info', 'advance_stage', 'close_case', 'note'])
    assert.deepEqual(asLawyer.legalCase?.nextStages, ['mediation', 'arbitration'])
    assert.deepEqual(asLawyer.legalCase?.outcomes, ['advice', 'withdrawn', 'referred'])
  })

  it('moves the stage only forward through the allowed steps', async () => {
    const t = await assigned()
    const step = (stage: string) => act(ctx, lawyer, t.id, 'advance_stage', { stage, body: '已与用人单位沟通' })
    let r = await step('litigation')
    assert.equal(r.statusCode, 409)
    assert.equal(err(r).message, '案件当前处于“咨询”阶段，不能转入“诉讼”阶段，只能转入“调解”或“仲裁”')
    assert.equal((await step('consultation')).statusCode, 409)
    assert.equal((await step('closed')).statusCode, 409)
    assert.equal(err(await step('bogus')).code, 'VALIDATION_FAILED')
    assert.equal((await step('mediation')).statusCode, 200)
    assert.equal((await step('consultation')).statusCode, 409, 'never backwards')
    assert.equal((await step('litigation')).statusCode, 409, 'court only after arbitration')
    assert.equal((await step('arbitration')).statusCode, 200)
    assert.equal((await step('mediation')).statusCode, 409)
    r = await step('litigation')
    assert.equal(r.statusCode, 200)
    assert.deepEqual(detail(r).legalCase?.nextStages, [])
    assert.ok(!detail(r).allowedActions.includes('advance_stage'), 'nothing to move to at 诉讼')
    assert.ok(detail(r).allowedActions.includes('close_case'))
    assert.equal(err(await step('litigation')).message, '案件已处于诉讼阶段，不能再推进，只能结案')
    const { rows } = await ctx.db.query("SELECT data->>'x' AS x, reason_code FROM ticket_events WHERE ticket_id = $1 AND action = 'advance_stage' ORDER BY id", [t.id])
    assert.deepEqual(rows.map((e) => e.reason_code), ['mediation', 'arbitration', 'litigation'])
    // The worker may not move the stage, nor may a station colleague.
    assert.equal((await act(ctx, worker, t.id, 'advance_stage', { stage: 'mediation', body: '想调解' })).statusCode, 409)
  })

  it('takes the amount recovered only at 结案, with an outcome that fits the stage', async () => {
    const t = await assigned()
    let r = await act(ctx, lawyer, t.id, 'advance_stage', { stage: 'mediation', body: '进入调解', amountRecovered: 8000 })
    assert.equal(r.statusCode, 400)
    assert.equal(err(r).fields?.amountRecovered, '追回金额在结案时填写')
    // And the database refuses a figure on an open case, whoever writes it.
    await assert.rejects(
      ctx.db.query('UPDATE legal_cases SET amount_recovered_fen = 100 WHERE ticket_id = $1', [t.id]),
      (e: { constraint?: string }) => e.constraint === 'legal_cases_closing_figures'
    )
    assert.equal((await act(ctx, lawyer, t.id, 'advance_stage', { stage: 'mediation', body: '进入调解' })).statusCode, 200)
    r = await act(ctx, lawyer, t.id, 'close_case', { outcome: 'judgment', amountRecovered: 8000, body: '调解结案' })
    assert.equal(err(r).fields?.outcome, '处于“调解”阶段的案件不能以“法院判决”结案')
    r = await act(ctx, lawyer, t.id, 'close_case', { outcome: 'mediated', amountRecovered: -1, body: '调解结案' })
    assert.equal(err(r).fields?.amountRecovered, '追回金额不能为负数')
    r = await act(ctx, lawyer, t.id, 'close_case', { outcome: 'mediated', amountRecovered: 1.234, body: '调解结案' })
    assert.equal(err(r).fields?.amountRecovered, '追回金额最多保留两位小数')
    r = await act(ctx, lawyer, t.id, 'close_case', { outcome: 'referred', amountRecovered: 5, body: '转劳动监察' })
    assert.equal(err(r).fields?.amountRecovered, '以“转介其他机构”结案时追回金额应为 0')

    r = await act(ctx, lawyer, t.id, 'close_case', { outcome: 'mediated', amountRecovered: 8000, body: '经调解，公司同意分两期支付欠薪 8000 元' })
    assert.equal(r.statusCode, 200)
    const closed = detail(r)
    assert.equal(closed.status, 'answered')
    assert.equal(closed.legalCase?.stage, 'closed')
    assert.equal(closed.legalCase?.outcome, 'mediated')
    assert.equal(closed.legalCase?.amountRecovered, 8000)
    const row = await ctx.db.query('SELECT amount_recovered_fen FROM legal_cases WHERE ticket_id = $1', [t.id])
    assert.equal(row.rows[0].amount_recovered_fen, 800_000)

    // The worker sees it, cannot reopen a legal outcome, and rates the service.
    const seen = detail(await ctx.request(worker, { method: 'GET', url: `/api/tickets/${t.id}` }))
    assert.deepEqual(seen.allowedActions, ['confirm'])
    assert.ok(seen.events.some((e) => e.action === 'close_case' && e.reason === '调解达成协议'))
    assert.equal((await act(ctx, worker, t.id, 'reject', { body: '钱还没到账' })).statusCode, 409)
    const rated = detail(await act(ctx, worker, t.id, 'confirm', { speed: 5, attitude: 5, result: 4, comment: '律师很耐心' }))
    assert.equal(rated.status, 'closed')
    assert.deepEqual(rated.ratings, { speed: 5, attitude: 5, result: 4, comment: '律师很耐心' })
  })

  it('stops the answer clock at the lawyer’s first reply and does not restart it', async () => {
    const t = await assigned()
    assert.ok(t.dueAt)
    const r = detail(await act(ctx, lawyer, t.id, 'reply', { body: '您好，请准备好劳动合同和工资流水' }))
    assert.equal(r.dueAt, null)
    assert.equal(r.status, 'in_progress')
    assert.equal((await act(ctx, lawyer, t.id, 'request_info', { body: '请补充银行流水' })).statusCode, 200)
    const back = detail(await act(ctx, worker, t.id, 'supplement', { body: '已上传流水', attachmentIds: [] }))
    assert.equal(back.status, 'in_progress')
    assert.equal(back.dueAt, null)
  })

  it('escalates an unassigned request to the union above without showing it the case', async () => {
    const t = await fileRequest(ctx, worker, station)
    ctx.clock.set('2027-03-04T10:00:00+08:00') // three working days later: 签收 (assignment) is overdue
    await runDeadlineSweep(ctx.workflow)
    const { rows } = await ctx.db.query('SELECT body FROM notifications WHERE user_id = $1 AND ticket_id = $2', [ctx.seed.users['cadre-city'], t.id])
    assert.deepEqual(rows.map((r) => r.body), [`下级工会法律援助站承办的申请 ${t.number} 超时未签收，请督促援助站办理（案情仅援助站可见）。`])
    assert.equal((await ctx.request(await ctx.login('cadre-city'), { method: 'GET', url: `/api/tickets/${t.id}` })).statusCode, 404)
    ctx.clock.set(MONDAY_MORNING)
  })

  it('adds up the figures per station and over the union tree, for those unions’ cadres', async () => {
    const yl = await ctx.db.query<{ id: string }>(`INSERT INTO legal_stations (union_id, name) VALUES ($1, '跃龙街道法律援助工作站') RETURNING id`, [ctx.seed.unions.yl])
    const ylStation = yl.rows[0]!.id
    await ctx.db.query('INSERT INTO station_lawyers (station_id, user_id) VALUES ($1, $2)', [ylStation, ctx.seed.users.lawyer])
    const township = await ctx.login('cadre-township')
    const small = await fileRequest(ctx, worker, ylStation, { caseType: 'dismissal' })
    await act(ctx, township, small.id, 'assign_lawyer', { lawyerId: ctx.seed.users.lawyer })
    ctx.clock.set('2027-03-05T10:00:00+08:00')
    assert.equal((await act(ctx, lawyer, small.id, 'close_case', { outcome: 'advice', amountRecovered: 1200.5, body: '已提供法律意见' })).statusCode, 200)

    const stats = async (token: string, unionId: string, q = '') =>
      ctx.request(token, { method: 'GET', url: `/api/legal-aid/stats?unionId=${unionId}${q}` })
    const r = await stats(await ctx.login('cadre-city'), ctx.seed.unions.nb!)
    assert.equal(r.statusCode, 200)
    const s = r.json() as LegalAidStats
    const [nh, ylS] = [s.stations.find((x) => x.station.id === station)!, s.stations.find((x) => x.station.id === ylStation)!]
    // 宁海县 has the earlier tests' cases: one closed with ¥8,000 (mediated), the rest open.
    assert.equal(nh.closed, 1)
    assert.equal(nh.amountRecovered, 8000)
    assert.deepEqual(nh.closedByOutcome, [{ outcome: 'mediated', count: 1 }])
    assert.deepEqual(ylS.byTypeAndStage, [{ caseType: 'dismissal', stage: 'closed', count: 1 }])
    assert.equal(ylS.amountRecovered, 1200.5)
    assert.equal(ylS.averageDaysToClose, 4.1)
    assert.equal(s.total.amountRecovered, 9200.5)
    assert.equal(s.total.closed, 2)
    assert.equal(s.total.cases, nh.cases + ylS.cases)
    const counted = await ctx.db.query("SELECT count(*)::int AS n FROM legal_cases c JOIN tickets t ON t.id = c.ticket_id WHERE t.status NOT IN ('refused', 'withdrawn')")
    assert.equal(s.total.cases, counted.rows[0].n)
    // A date window: nothing closed before March.
    const feb = (await stats(await ctx.login('cadre-city'), ctx.seed.unions.nb!, '&from=2027-02-01&to=2027-02-28')).json() as LegalAidStats
    assert.equal(feb.total.closed, 0)
    // A township cadre sees their own subtree only; outside it, nothing.
    const own = (await stats(township, ctx.seed.unions.yl!)).json() as LegalAidStats
    assert.deepEqual(own.stations.map((x) => x.station.id), [ylStation])
    assert.equal((await stats(township, ctx.seed.unions.nh!)).statusCode, 404)
    assert.equal((await stats(worker, ctx.seed.unions.nh!)).statusCode, 404)
  })
})
