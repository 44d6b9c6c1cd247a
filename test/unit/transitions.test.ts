import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ACTOR_ROLES, TICKET_ACTIONS, TICKET_STATUSES, type TicketStatus } from '../../types/enums'
import { allowedActions, canTake, findTransition, TRANSITIONS } from '../../types/transitions'

// The workflow written out by hand, independently of the table: state:action:role → next state.
const EXPECTED: Record<string, TicketStatus> = {
  'submitted:accept:cadre': 'in_progress',
  'submitted:note:cadre': 'submitted',
  'submitted:withdraw:requester': 'withdrawn',
  'in_progress:reply:cadre': 'in_progress',
  'in_progress:note:cadre': 'in_progress',
  'in_progress:resolve:cadre': 'resolved',
  'resolved:confirm:requester': 'closed',
  'resolved:reject:requester': 'in_progress',
  'resolved:note:cadre': 'resolved',
  'closed:note:cadre': 'closed'
}

describe('ticket transition table', () => {
  for (const status of TICKET_STATUSES) {
    for (const action of TICKET_ACTIONS) {
      for (const role of ACTOR_ROLES) {
        const key = `${status}:${action}:${role}`
        const expected = EXPECTED[key]
        it(`${key} is ${expected ? `allowed → ${expected}` : 'refused'}`, () => {
          assert.equal(canTake(status, action, [role]), expected !== undefined)
          if (expected) assert.equal(findTransition(status, action)?.to, expected)
        })
      }
    }
  }

  it('has no transition out of a withdrawn ticket', () => {
    assert.deepEqual(TRANSITIONS.withdrawn, {})
  })

  it('lists allowed actions per role set in table order', () => {
    assert.deepEqual(allowedActions('submitted', ['requester']), ['withdraw'])
    assert.deepEqual(allowedActions('submitted', ['cadre']), ['accept', 'note'])
    assert.deepEqual(allowedActions('resolved', ['requester', 'cadre']), ['confirm', 'reject', 'note'])
    assert.deepEqual(allowedActions('closed', ['requester']), [])
    assert.deepEqual(allowedActions('in_progress', []), [])
  })
})
