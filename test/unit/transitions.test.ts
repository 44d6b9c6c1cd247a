import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ACTOR_ROLES, TICKET_ACTIONS, TICKET_STATUSES, type TicketStatus } from '../../types/enums'
import { allowedActions, canTake, findTransition, TRANSITIONS, type TicketFacts } from '../../types/transitions'

// Two opposite sets of facts, so every guard is seen both holding and failing (B is a legal-aid case).
const FACTS: Record<'A' | 'B', TicketFacts> = {
  A: { dispatched: true, extensionPending: false, beforeAnswerDeadline: true, unreasonable: false, legalAid: false, stageCanAdvance: false },
  B: { dispatched: false, extensionPending: true, beforeAnswerDeadline: false, unreasonable: true, legalAid: true, stageCanAdvance: true }
}

// The workflow written out by hand, independently of the table:
// state:action:role → [next state, the fact sets in which it is allowed].
const EXPECTED: Record<string, [TicketStatus, ('A' | 'B')[]]> = {}
const allow = (key: string, to: TicketStatus, when: ('A' | 'B')[] = ['A', 'B']) => {
  EXPECTED[key] = [to, when]
}
const notes = (s: TicketStatus) => {
  allow(`${s}:note:handler`, s)
  allow(`${s}:note:supervisor`, s)
  allow(`${s}:note:lawyer`, s)
  allow(`${s}:note:station_lawyer`, s)
  allow(`${s}:mark_unreasonable:supervisor`, s, ['A'])
}
allow('submitted:acknowledge:handler', 'in_progress', ['A'])
allow('submitted:assign_lawyer:handler', 'in_progress', ['B'])
allow('submitted:dispatch:handler', 'submitted', ['A'])
allow('submitted:return:handler', 'submitted', ['A'])
allow('submitted:transfer:handler', 'submitted', ['A'])
allow('submitted:refuse:handler', 'refused')
allow('submitted:withdraw:requester', 'withdrawn')
notes('submitted')
allow('in_progress:reply:handler', 'in_progress')
allow('in_progress:reply:lawyer', 'in_progress')
allow('in_progress:request_info:handler', 'awaiting_info')
allow('in_progress:request_info:lawyer', 'awaiting_info')
allow('in_progress:answer:handler', 'answered', ['A'])
allow('in_progress:advance_stage:lawyer', 'in_progress', ['B'])
allow('in_progress:close_case:lawyer', 'answered', ['B'])
allow('in_progress:assign_lawyer:handler', 'in_progress', ['B'])
allow('in_progress:transfer:handler', 'submitted', ['A'])
allow('in_progress:refuse:handler', 'refused')
allow('in_progress:request_extension:handler', 'in_progress', ['A'])
allow('in_progress:approve_extension:supervisor', 'in_progress', ['B'])
allow('in_progress:deny_extension:supervisor', 'in_progress', ['B'])
notes('in_progress')
allow('awaiting_info:supplement:requester', 'in_progress')
allow('awaiting_info:reply:handler', 'awaiting_info')
allow('awaiting_info:reply:lawyer', 'awaiting_info')
allow('awaiting_info:assign_lawyer:handler', 'awaiting_info', ['B'])
allow('awaiting_info:approve_extension:supervisor', 'awaiting_info', ['B'])
allow('awaiting_info:deny_extension:supervisor', 'awaiting_info', ['B'])
notes('awaiting_info')
allow('answered:confirm:requester', 'closed')
allow('answered:reject:requester', 'in_progress', ['A'])
allow('answered:auto_confirm:system', 'closed')
notes('answered')
notes('closed')
notes('refused')

describe('ticket transition table', () => {
  for (const status of TICKET_STATUSES) {
    for (const action of TICKET_ACTIONS) {
      for (const role of ACTOR_ROLES) {
        const key = `${status}:${action}:${role}`
        const expected = EXPECTED[key]
        it(`${key} is ${expected ? `allowed → ${expected[0]} (facts ${expected[1].join('/')})` : 'refused'}`, () => {
          for (const set of ['A', 'B'] as const) {
            assert.equal(canTake(status, action, [role], FACTS[set]), expected?.[1].includes(set) ?? false, `facts ${set}`)
          }
          if (expected) assert.equal(findTransition(status, action)?.to, expected[0])
        })
      }
    }
  }

  it('has no transition out of a withdrawn ticket', () => {
    assert.deepEqual(TRANSITIONS.withdrawn, {})
  })

  it('lists allowed actions per role set in table order', () => {
    assert.deepEqual(allowedActions('submitted', ['requester'], FACTS.A), ['withdraw'])
    assert.deepEqual(allowedActions('submitted', ['handler'], FACTS.A), ['acknowledge', 'dispatch', 'return', 'transfer', 'refuse', 'note'])
    assert.deepEqual(allowedActions('submitted', ['handler'], FACTS.B), ['assign_lawyer', 'refuse', 'note'])
    assert.deepEqual(allowedActions('in_progress', ['lawyer'], FACTS.B), ['reply', 'request_info', 'advance_stage', 'close_case', 'note'])
    assert.deepEqual(allowedActions('in_progress', ['station_lawyer'], FACTS.B), ['note'])
    // At 诉讼 there is no next stage: only closing is offered.
    assert.deepEqual(allowedActions('in_progress', ['lawyer'], { ...FACTS.B, stageCanAdvance: false }), ['reply', 'request_info', 'close_case', 'note'])
    assert.deepEqual(allowedActions('answered', ['requester', 'supervisor'], FACTS.A), ['confirm', 'reject', 'mark_unreasonable', 'note'])
    assert.deepEqual(allowedActions('closed', ['requester'], FACTS.A), [])
    assert.deepEqual(allowedActions('in_progress', [], FACTS.A), [])
  })
})
