// 派单 down the tree, 退单 back up (and further up in turn), 转办 sideways, and the
// confidentiality rule: a confidential request never reaches an enterprise union.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { ActionResponse, RoutingTargets, TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('dispatch, return and transfer', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}
  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'cadre-township', 'cadre-county', 'cadre-city', 'cadre-enterprise']) tokens[a] = await ctx.login(a)
  })
  after(() => ctx.close())

  const u = (k: string) => ctx.seed.unions[k]!
  const submit = async (union: string, over = {}) =>
    (await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(u(union), over) })).json() as TicketDetail
  const act = (who: string, id: string, action: string, payload: object = {}) =>
    ctx.request(tokens[who], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
  const targets = async (who: string, id: string, action: string) => {
    const r = await ctx.request(tokens[who], { method: 'GET', url: `/api/workbench/tickets/${id}/routing?action=${action}` })
    assert.equal(r.statusCode, 200, r.body)
    return (r.json() as RoutingTargets).unions.map((x) => x.name)
  }

  it('dispatches down, returns with a reason, and re-dispatches', async () => {
    const t = await submit('nh')
    assert.ok((await targets('cadre-county', t.id, 'dispatch')).includes('跃龙街道总工会'))
    let r = await act('cadre-county', t.id, 'dispatch', { unionId: u('yl'), body: '请跃龙街道核实' })
    let d = r.json() as TicketDetail
    assert.equal(r.statusCode, 200, r.body)
    assert.deepEqual([d.status, d.currentUnion.name, d.dispatchedFrom?.name], ['submitted', '跃龙街道总工会', '宁海县总工会'])
    assert.deepEqual([d.events.at(-1)!.actorUnion?.name, d.events.at(-1)!.toUnion?.name], ['宁海县总工会', '跃龙街道总工会'])

    r = await act('cadre-township', t.id, 'return', { reasonCode: 'wrong_area', body: '企业在桃源街道' })
    const handed = r.json() as ActionResponse
    assert.ok('handedOver' in handed && handed.currentUnion.name === '宁海县总工会', r.body)
    assert.equal((await ctx.request(tokens['cadre-township'], { method: 'GET', url: `/api/tickets/${t.id}` })).statusCode, 404)
    d = (await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.deepEqual([d.status, d.currentUnion.name, d.dispatchedFrom], ['submitted', '宁海县总工会', null])
    assert.equal(d.events.at(-1)!.reason, '不在本单位管辖区域')
    assert.ok(d.allowedActions.includes('dispatch') && !d.allowedActions.includes('return'))

    r = await act('cadre-county', t.id, 'dispatch', { unionId: u('yl') })
    assert.equal((r.json() as TicketDetail).currentUnion.name, '跃龙街道总工会')
    r = await act('cadre-township', t.id, 'acknowledge')
    assert.equal((r.json() as TicketDetail).status, 'in_progress')
  })

  it('returns step by step up a chain of dispatches', async () => {
    const t = await submit('nb')
    await act('cadre-city', t.id, 'dispatch', { unionId: u('nh') })
    await act('cadre-county', t.id, 'dispatch', { unionId: u('yl') })
    await act('cadre-township', t.id, 'return', { reasonCode: 'needs_higher_level', body: '需县里协调' })
    const atCounty = (await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.equal(atCounty.dispatchedFrom?.name, '宁波市总工会')
    assert.equal((await act('cadre-county', t.id, 'return', { reasonCode: 'not_our_scope', body: '属市级事项' })).statusCode, 200)
    const atCity = (await ctx.request(tokens['cadre-city'], { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.deepEqual([atCity.currentUnion.name, atCity.dispatchedFrom], ['宁波市总工会', null])
  })

  it('dispatches only below and transfers only sideways, with Chinese errors', async () => {
    const t = await submit('yl')
    assert.deepEqual((await targets('cadre-township', t.id, 'transfer')).sort(), ['桃源街道总工会', '西店镇总工会', '宁海县快递行业工会联合会', '宁海县网约车行业工会'].sort())
    let r = await act('cadre-township', t.id, 'dispatch', { unionId: u('ty') })
    assert.equal(r.statusCode, 400)
    assert.match((r.json() as ApiErrorBody).error.fields?.unionId ?? '', /下级工会/)
    r = await act('cadre-township', t.id, 'transfer', { unionId: u('hs'), body: '错了' })
    assert.equal(r.statusCode, 400)
    r = await act('cadre-township', t.id, 'transfer', { unionId: u('ty'), body: '企业在桃源街道' })
    assert.equal(r.statusCode, 200, r.body)
    assert.ok('handedOver' in (r.json() as ActionResponse))
    const county = (await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.equal(county.currentUnion.name, '桃源街道总工会')
    // Only the handler routes; the supervisor is told so.
    const denied = await ctx.request(tokens['cadre-county'], { method: 'GET', url: `/api/workbench/tickets/${t.id}/routing?action=dispatch` })
    assert.equal(denied.statusCode, 403)
  })

  it('never routes a confidential request to an enterprise union', async () => {
    const open = await submit('yl')
    const secret = await submit('yl', { confidential: true })
    assert.ok((await targets('cadre-township', open.id, 'dispatch')).includes('宁海顺达快递有限公司工会'))
    assert.deepEqual(await targets('cadre-township', secret.id, 'dispatch'), [])
    const r = await act('cadre-township', secret.id, 'dispatch', { unionId: u('sd') })
    assert.equal(r.statusCode, 400)
    assert.equal((await ctx.request(tokens['cadre-enterprise'], { method: 'GET', url: `/api/tickets/${secret.id}` })).statusCode, 404)
    const n = await ctx.db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN union_cadres uc ON uc.user_id = n.user_id WHERE uc.union_id = $1 AND n.ticket_id = $2`,
      [u('sd'), secret.id]
    )
    assert.equal(n.rows[0].n, 0)
  })
})
