// Every state × action × role over HTTP against the real database: the allowed ones succeed
// and land in the expected state; the rest are refused — 409 TRANSITION_NOT_ALLOWED for people
// who have a part in the ticket, 404 NOT_FOUND for those who must not even know it exists —
// and leave the ticket as it was. The expectations are written out by hand below, not read
// from the transition table.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail } from '../../types/api'
import { TICKET_ACTIONS, type TicketAction, type TicketStatus } from '../../types/enums'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance } from './fixtures'

type Setup = 'submitted' | 'in_progress' | 'extension_pending' | 'awaiting_info' | 'answered' | 'closed' | 'refused' | 'withdrawn'
type Role = 'handler' | 'parent' | 'sibling' | 'enterprise' | 'requester' | 'other_worker'

const ACCOUNTS: Record<Role, string> = {
  handler: 'cadre-township', // 跃龙街道, where the ticket is dispatched
  parent: 'cadre-county', // 宁海县, which dispatched it
  sibling: 'cadre-industry', // 宁海县快递行业工会, a sibling of 跃龙街道
  enterprise: 'cadre-enterprise', // 顺达快递, the worker's own employer's union
  requester: 'worker',
  other_worker: 'parent'
}
const OUTSIDERS: Role[] = ['sibling', 'enterprise', 'other_worker']

// setup → role → action → state after it.
const ALLOWED: Record<Setup, Partial<Record<Role, Partial<Record<TicketAction, TicketStatus>>>>> = {
  submitted: {
    handler: { acknowledge: 'in_progress', dispatch: 'submitted', return: 'submitted', transfer: 'submitted', refuse: 'refused', note: 'submitted' },
    parent: { mark_unreasonable: 'submitted', note: 'submitted' },
    requester: { withdraw: 'withdrawn' }
  },
  in_progress: {
    handler: {
      reply: 'in_progress', request_info: 'awaiting_info', answer: 'answered', transfer: 'submitted',
      refuse: 'refused', request_extension: 'in_progress', note: 'in_progress'
    },
    parent: { mark_unreasonable: 'in_progress', note: 'in_progress' }
  },
  extension_pending: {
    handler: { reply: 'in_progress', request_info: 'awaiting_info', answer: 'answered', transfer: 'submitted', refuse: 'refused', note: 'in_progress' },
    parent: { approve_extension: 'in_progress', deny_extension: 'in_progress', mark_unreasonable: 'in_progress', note: 'in_progress' }
  },
  awaiting_info: {
    handler: { reply: 'awaiting_info', note: 'awaiting_info' },
    parent: { mark_unreasonable: 'awaiting_info', note: 'awaiting_info' },
    requester: { supplement: 'in_progress' }
  },
  answered: {
    handler: { note: 'answered' },
    parent: { mark_unreasonable: 'answered', note: 'answered' },
    requester: { confirm: 'closed', reject: 'in_progress' }
  },
  closed: { handler: { note: 'closed' }, parent: { mark_unreasonable: 'closed', note: 'closed' } },
  refused: { handler: { note: 'refused' }, parent: { mark_unreasonable: 'refused', note: 'refused' } },
  withdrawn: {}
}

describe('workflow: every state × action × role', () => {
  let ctx: TestContext
  const tokens: Partial<Record<Role, string>> = {}

  before(async () => {
    ctx = await createTestContext()
    for (const [role, account] of Object.entries(ACCOUNTS) as [Role, string][]) tokens[role] = await ctx.login(account)
  })
  after(() => ctx.close())

  const act = (role: Role, id: string, action: string, payload: object) =>
    ctx.request(tokens[role], { method: 'POST', url: `/api/tickets/${id}/actions/${action}`, payload })
  const ok = async (role: Role, id: string, action: string, payload: object = {}) => {
    const r = await act(role, id, action, payload)
    assert.equal(r.statusCode, 200, `${role} ${action}: ${r.body}`)
  }
  const bodyFor = (action: TicketAction): object => {
    const u = ctx.seed.unions
    const bodies: Partial<Record<TicketAction, object>> = {
      dispatch: { unionId: u.sd, body: '请企业工会核实' },
      transfer: { unionId: u.ty, body: '诉求发生地在桃源街道' },
      return: { reasonCode: 'wrong_area', body: '不在本街道' },
      refuse: { reasonCode: 'duplicate', body: '与上周诉求重复' },
      request_info: { body: '请补充工资条照片' },
      supplement: { body: '工资条已拍照上传' },
      confirm: { speed: 5, attitude: 4, result: 5, comment: '满意' },
      request_extension: { days: 2, body: '需与企业多次协调' },
      deny_extension: { body: '请按期答复' },
      mark_unreasonable: { body: '要求工会代付全部欠款' },
      // Legal-aid actions, well-formed, so a 职工说事 ticket refuses them by the table (409).
      assign_lawyer: { lawyerId: ctx.seed.users.lawyer },
      advance_stage: { stage: 'mediation', body: '进入调解' },
      close_case: { outcome: 'advice', amountRecovered: 0, body: '已提供法律意见' }
    }
    return bodies[action] ?? { body: '处理意见' }
  }

  /** A ticket the worker sent to the county, dispatched to 跃龙街道, then brought to `setup`. */
  async function fresh(setup: Setup): Promise<string> {
    const r = await ctx.request(tokens.requester, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.nh!) })
    const id = (r.json() as TicketDetail).id
    await ok('parent', id, 'dispatch', { unionId: ctx.seed.unions.yl })
    if (setup === 'refused') await ok('handler', id, 'refuse', { reasonCode: 'out_of_scope' })
    if (setup === 'withdrawn') await ok('requester', id, 'withdraw')
    if (['in_progress', 'extension_pending', 'awaiting_info', 'answered', 'closed'].includes(setup)) await ok('handler', id, 'acknowledge')
    if (setup === 'extension_pending') await ok('handler', id, 'request_extension', { days: 3, body: '企业负责人出差' })
    if (setup === 'awaiting_info') await ok('handler', id, 'request_info', { body: '请补充劳动合同' })
    if (setup === 'answered' || setup === 'closed') await ok('handler', id, 'answer', { body: '已协调企业补发' })
    if (setup === 'closed') await ok('requester', id, 'confirm', { speed: 5, attitude: 5, result: 5 })
    return id
  }

  const statusOf = async (id: string) => (await ctx.db.query<{ status: TicketStatus }>('SELECT status FROM tickets WHERE id = $1', [id])).rows[0]!.status

  for (const setup of Object.keys(ALLOWED) as Setup[]) {
    it(`${setup}: allowed actions succeed, all others are refused with the right code`, async () => {
      const shared = await fresh(setup)
      const before = await statusOf(shared)
      const eventsBefore = (await ctx.db.query('SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1', [shared])).rows[0].n
      for (const role of Object.keys(ACCOUNTS) as Role[]) {
        for (const action of TICKET_ACTIONS) {
          const expected = ALLOWED[setup][role]?.[action]
          const label = `${setup} · ${role} · ${action}`
          if (expected) {
            const id = await fresh(setup)
            const r = await act(role, id, action, bodyFor(action))
            assert.equal(r.statusCode, 200, `${label}: ${r.body}`)
            assert.equal((r.json() as TicketDetail).status, expected, label)
            assert.equal(await statusOf(id), expected, label)
          } else {
            const r = await act(role, shared, action, bodyFor(action))
            const code = OUTSIDERS.includes(role) ? 404 : 409
            assert.equal(r.statusCode, code, `${label}: ${r.body}`)
            assert.equal((r.json() as ApiErrorBody).error.code, code === 404 ? 'NOT_FOUND' : 'TRANSITION_NOT_ALLOWED', label)
          }
        }
        // What the app is told matches: insiders get exactly their allowed actions, outsiders nothing.
        const view = await ctx.request(tokens[role], { method: 'GET', url: `/api/tickets/${shared}` })
        if (OUTSIDERS.includes(role)) assert.equal(view.statusCode, 404, `${setup} · ${role} view`)
        else assert.deepEqual(new Set((view.json() as TicketDetail).allowedActions), new Set(Object.keys(ALLOWED[setup][role] ?? {})), `${setup} · ${role} allowedActions`)
      }
      assert.equal(await statusOf(shared), before)
      const eventsAfter = (await ctx.db.query('SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1', [shared])).rows[0].n
      assert.equal(eventsAfter, eventsBefore, 'a refused action writes no event')
    })
  }
})
