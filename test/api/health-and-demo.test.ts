import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DemoAccount, HealthResponse, SessionResponse, UnionNode } from '../../types/api'
import { createTestContext, type TestContext } from './context'

describe('health, demo login and the union tree', () => {
  let ctx: TestContext
  before(async () => {
    ctx = await createTestContext()
  })
  after(() => ctx.close())

  it('reports health with the kind of database', async () => {
    const r = await ctx.request(undefined, { method: 'GET', url: '/api/health' })
    assert.equal(r.statusCode, 200)
    const expected = process.env.TEST_DB_KIND === 'external' ? 'external' : 'embedded'
    assert.deepEqual(r.json() as HealthResponse, { status: 'ok', db: expected })
  })

  it('lists the demo accounts: a worker, a parent, township/county/city cadres and a lawyer', async () => {
    const list = (await ctx.request(undefined, { method: 'GET', url: '/api/auth/demo-accounts' })).json() as DemoAccount[]
    const keys = list.map((a) => a.account)
    for (const k of ['worker', 'parent', 'cadre-township', 'cadre-county', 'cadre-city', 'lawyer']) assert.ok(keys.includes(k), k)
    assert.equal(list.find((a) => a.account === 'cadre-county')?.description, '宁海县总工会 权益保障部部长')
  })

  it('logs in as a demo cadre with their unions', async () => {
    const r = await ctx.request(undefined, { method: 'POST', url: '/api/auth/demo', payload: { account: 'cadre-township' } })
    const s = r.json() as SessionResponse
    assert.deepEqual(s.user.cadreOf.map((u) => u.name), ['跃龙街道总工会'])
    const bad = await ctx.request(undefined, { method: 'POST', url: '/api/auth/demo', payload: { account: 'nobody' } })
    assert.equal(bad.statusCode, 400)
  })

  it('serves the union tree and searches it by region', async () => {
    const token = await ctx.login('worker')
    const tree = (await ctx.request(token, { method: 'GET', url: '/api/unions' })).json() as UnionNode[]
    const root = tree.find((u) => u.parentId === null)
    assert.equal(root?.name, '浙江省总工会')
    const nb = tree.find((u) => u.name === '宁波市总工会')
    assert.equal(nb?.parentId, root?.id)
    const found = (await ctx.request(token, { method: 'GET', url: `/api/unions?q=${encodeURIComponent('跃龙')}` })).json() as UnionNode[]
    assert.deepEqual(found.map((u) => u.name).sort(), ['宁海顺达快递有限公司工会', '跃龙街道总工会'])
    const none = (await ctx.request(token, { method: 'GET', url: `/api/unions?q=${encodeURIComponent('100%')}` })).json() as UnionNode[]
    assert.deepEqual(none, [])
    assert.equal((await ctx.request(undefined, { method: 'GET', url: '/api/unions' })).statusCode, 401)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const r = await ctx.request(undefined, { method: 'GET', url: '/api/nothing-here' })
    assert.equal(r.statusCode, 404)
    assert.equal(r.json().error.code, 'NOT_FOUND')
  })
})
