// Hostile or sloppy input to the workflow's endpoints: always a 4xx with a Chinese message,
// never a 500, and nothing changes.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

const CHINESE = /[\u4e00-\u9fa5]/

describe('bad input to the workflow endpoints', () => {
  let ctx: TestContext
  const tokens: Record<string, string> = {}
  let ticket: TicketDetail
  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'cadre-township', 'cadre-city']) tokens[a] = await ctx.login(a)
    const r = await ctx.request(tokens.worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!) })
    ticket = r.json() as TicketDetail
  })
  after(() => ctx.close())

  // Never a valid body for any action.
  const notAnObject: unknown[] = [null, [], 'x', 42]
  // Wrong fields: invalid for every action that requires or types the field.
  const wrongFields: unknown[] = [{ body: 123 }, { body: 'x'.repeat(5000) }, { unionId: 'nope' }, { days: 1.5 }, { reasonCode: 'because' }, { speed: '5' }]
  // 签收 and 同意延期 need no fields, so unknown ones are simply ignored there.
  const NO_REQUIRED_FIELDS = ['acknowledge', 'approve_extension']

  it('answers every action with junk bodies with 400/409 and a Chinese message', async () => {
    const actions = ['acknowledge', 'dispatch', 'return', 'transfer', 'request_info', 'supplement', 'reply', 'answer', 'confirm', 'reject', 'refuse', 'request_extension', 'approve_extension', 'deny_extension', 'mark_unreasonable', 'note']
    for (const action of actions) {
      for (const who of ['worker', 'cadre-township']) {
        for (const body of NO_REQUIRED_FIELDS.includes(action) ? notAnObject : [...notAnObject, ...wrongFields]) {
          const r = await ctx.request(tokens[who], {
            method: 'POST', url: `/api/tickets/${ticket.id}/actions/${action}`,
            payload: JSON.stringify(body), headers: { 'content-type': 'application/json' }
          })
          assert.ok([400, 409].includes(r.statusCode), `${who} ${action} ${JSON.stringify(body)?.slice(0, 40)} → ${r.statusCode} ${r.body}`)
          const error = (r.json() as ApiErrorBody).error
          assert.match(error.message, CHINESE)
          for (const [field, message] of Object.entries(error.fields ?? {})) assert.match(message, CHINESE, `${action} ${field}: ${message}`)
        }
      }
    }
    const after = (await ctx.request(tokens.worker, { method: 'GET', url: `/api/tickets/${ticket.id}` })).json() as TicketDetail
    assert.equal(after.status, 'submitted')
    assert.deepEqual(after.events.map((e) => e.action), ['submit'])
  })

  it('answers junk queries, ids and bodies of the workbench and message endpoints without a 500', async () => {
    const cases: [string, string, string, unknown?][] = [
      ['cadre-township', 'GET', `/api/workbench/tickets/${ticket.id}/routing`],
      ['cadre-township', 'GET', `/api/workbench/tickets/${ticket.id}/routing?action=teleport`],
      ['cadre-township', 'GET', '/api/workbench/tickets/not-a-uuid/routing?action=dispatch'],
      ['cadre-township', 'GET', '/api/workbench/tickets?sort=sideways'],
      ['cadre-township', 'GET', '/api/workbench/tickets?supervised=maybe'],
      ['cadre-township', 'GET', '/api/workbench/tickets?sort=due&cursor=aW5maW5pdHl8eA'],
      ['cadre-township', 'GET', '/api/workbench/canned-replies?unionId=abc'],
      ['cadre-township', 'POST', '/api/workbench/canned-replies', { unionId: ctx.seed.unions.yl, title: '', body: 'x' }],
      ['cadre-township', 'PUT', '/api/workbench/canned-replies/not-a-uuid', { title: 'x' }],
      ['cadre-township', 'DELETE', `/api/workbench/canned-replies/${crypto.randomUUID()}`],
      ['cadre-township', 'PUT', `/api/workbench/unions/${ctx.seed.unions.yl}/deadline-policies`, { kind: 'grievance', urgent: 'yes', ackDays: 1, answerDays: 5 }],
      ['cadre-township', 'GET', '/api/workbench/unions/not-a-uuid/deadline-policies'],
      ['cadre-city', 'POST', '/api/workbench/calendar/overrides', { date: '2027-01-01', kind: 'sometimes', note: '通知' }],
      ['cadre-city', 'POST', '/api/workbench/calendar/years/abc/confirm'],
      ['cadre-city', 'POST', '/api/workbench/calendar/years/1850/confirm'],
      ['cadre-city', 'DELETE', '/api/workbench/calendar/years/2031/confirm'],
      ['worker', 'GET', '/api/notifications?cursor=%%%'],
      ['worker', 'POST', '/api/notifications/not-a-uuid/read'],
      ['worker', 'POST', '/api/subscriptions', { results: null }]
    ]
    for (const [who, method, url, payload] of cases) {
      const r = await ctx.request(tokens[who], { method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }) })
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${method} ${url} → ${r.statusCode} ${r.body}`)
      assert.match((r.json() as ApiErrorBody).error.message, CHINESE, `${method} ${url}`)
    }
  })
})
