import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page, TicketDetail, TicketSummary } from '../../types/api'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

describe('cadre inbox and my tickets', () => {
  let ctx: TestContext
  const t: Record<string, string> = {}
  const ids: Record<string, string[]> = { yl: [], kd: [], nm: [] }

  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'parent', 'cadre-township', 'cadre-industry', 'cadre-county', 'cadre-city']) t[a] = await ctx.login(a)
    for (const [union, n] of [['yl', 23], ['kd', 2], ['nm', 1]] as const) {
      for (let i = 0; i < n; i++) {
        const r = await ctx.request(t.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions[union]!, { title: `${union} 诉求 ${i}` }) })
        ids[union]!.push((r.json() as TicketDetail).id)
      }
    }
  })
  after(() => ctx.close())

  const inbox = async (who: string, query: string) => {
    const r = await ctx.request(t[who], { method: 'GET', url: `/api/workbench/tickets${query}` })
    assert.equal(r.statusCode, 200, r.body)
    return r.json() as Page<TicketSummary>
  }
  const all = async (who: string, status: string) => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Page<TicketSummary> = await inbox(who, `?status=${status}${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.items.map((i) => i.id))
      cursor = page.nextCursor
    } while (cursor)
    return seen
  }

  it('shows each cadre exactly their subtree, paged without gaps or repeats', async () => {
    const township = await all('cadre-township', 'open')
    assert.deepEqual(new Set(township), new Set(ids.yl))
    assert.equal(township.length, 23)
    const first = await inbox('cadre-township', '?status=open')
    assert.equal(first.items.length, 20)
    assert.ok(first.nextCursor)
    assert.deepEqual(new Set(await all('cadre-industry', 'open')), new Set(ids.kd))
    assert.deepEqual(new Set(await all('cadre-county', 'open')), new Set([...ids.yl!, ...ids.kd!]))
    assert.deepEqual(new Set(await all('cadre-city', 'open')), new Set([...ids.yl!, ...ids.kd!, ...ids.nm!]))
  })

  it('filters by state', async () => {
    const id = ids.kd![0]!
    await ctx.request(t['cadre-industry'], { method: 'POST', url: `/api/tickets/${id}/actions/acknowledge`, payload: {} })
    assert.deepEqual(await all('cadre-industry', 'in_progress'), [id])
    assert.deepEqual(await all('cadre-industry', 'submitted'), [ids.kd![1]])
    assert.deepEqual(await all('cadre-industry', 'closed'), [])
  })

  it('is for cadres only, and validates its query', async () => {
    assert.equal((await ctx.request(t.worker, { method: 'GET', url: '/api/workbench/tickets' })).statusCode, 403)
    assert.equal((await ctx.request(t['cadre-city'], { method: 'GET', url: '/api/workbench/tickets?status=lost' })).statusCode, 400)
    assert.equal((await ctx.request(t['cadre-city'], { method: 'GET', url: '/api/workbench/tickets?cursor=garbage' })).statusCode, 400)
  })

  it('lists my own tickets only, newest first', async () => {
    const r = await ctx.request(t.worker, { method: 'GET', url: '/api/tickets/mine' })
    const page = r.json() as Page<TicketSummary>
    assert.equal(page.items.length, 20)
    assert.equal(page.items[0]!.title, 'nm 诉求 0')
    const theirs = (await ctx.request(t.parent, { method: 'GET', url: '/api/tickets/mine' })).json() as Page<TicketSummary>
    assert.deepEqual(theirs.items, [])
    assert.equal(theirs.nextCursor, null)
  })
})
