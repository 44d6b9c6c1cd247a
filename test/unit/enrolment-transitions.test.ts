import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ENROLMENT_ACTIONS, ENROLMENT_STATES, type EnrolmentState } from '../../types/childcare'
import { ACTOR_ROLES } from '../../types/enums'
import { allowedEnrolmentActions, decideEnrolment, type EnrolmentFacts } from '../../types/enrolment-transitions'

// Every combination of the three facts, so each guard is seen holding and failing.
const FACT_SETS: EnrolmentFacts[] = [true, false].flatMap((beforeCancelCutoff) =>
  [true, false].flatMap((reviewRequired) => [true, false].map((claimOpen) => ({ beforeCancelCutoff, reviewRequired, claimOpen })))
)

// The sign-up workflow written out by hand, independently of the table:
// state:action:role → the state it leads to given the facts (undefined = refused).
type Rule = (f: EnrolmentFacts) => EnrolmentState | undefined
const EXPECTED: Record<string, Rule> = {
  'applied:cancel:requester': (f) => (f.beforeCancelCutoff ? 'cancelled' : undefined),
  'applied:draw_seat:system': (f) => (f.reviewRequired ? 'pending_review' : 'held'),
  'applied:draw_waitlist:system': () => 'waitlisted',
  'applied:draw_out:system': () => 'not_drawn',
  'pending_review:cancel:requester': (f) => (f.beforeCancelCutoff ? 'cancelled' : undefined),
  'pending_review:approve:handler': () => 'held',
  'pending_review:reject:handler': () => 'rejected',
  'held:cancel:requester': (f) => (f.beforeCancelCutoff ? 'cancelled' : undefined),
  'waitlisted:cancel:requester': () => 'cancelled',
  'waitlisted:promote:system': () => 'offered',
  'offered:claim:requester': (f) => (f.claimOpen ? (f.reviewRequired ? 'pending_review' : 'held') : undefined),
  'offered:cancel:requester': () => 'cancelled',
  'offered:lapse:system': (f) => (f.claimOpen ? undefined : 'lapsed')
}

describe('enrolment transition table', () => {
  it('matches the hand-written workflow for every state × action × role × facts', () => {
    let checked = 0
    for (const state of ENROLMENT_STATES)
      for (const action of ENROLMENT_ACTIONS)
        for (const role of ACTOR_ROLES)
          for (const facts of FACT_SETS) {
            const verdict = decideEnrolment(state, action, [role], facts)
            const expected = EXPECTED[`${state}:${action}:${role}`]?.(facts)
            assert.equal(verdict.ok ? verdict.to : undefined, expected, `${state} ${action} by ${role} ${JSON.stringify(facts)}`)
            checked += 1
          }
    assert.equal(checked, ENROLMENT_STATES.length * ENROLMENT_ACTIONS.length * ACTOR_ROLES.length * FACT_SETS.length)
  })

  it('says why: wrong state, wrong person, or which guard', () => {
    const f: EnrolmentFacts = { beforeCancelCutoff: false, reviewRequired: false, claimOpen: false }
    assert.deepEqual(decideEnrolment('cancelled', 'cancel', ['requester'], f), { ok: false, reason: 'state' })
    assert.deepEqual(decideEnrolment('pending_review', 'approve', ['requester'], f), { ok: false, reason: 'role' })
    assert.deepEqual(decideEnrolment('held', 'cancel', ['requester'], f), { ok: false, reason: 'guard', guard: 'beforeCancelCutoff' })
    assert.deepEqual(decideEnrolment('offered', 'claim', ['requester'], f), { ok: false, reason: 'guard', guard: 'claimOpen' })
  })

  it('offers people only their own buttons, never the system’s', () => {
    const f: EnrolmentFacts = { beforeCancelCutoff: true, reviewRequired: true, claimOpen: true }
    assert.deepEqual(allowedEnrolmentActions('offered', ['requester'], f), ['claim', 'cancel'])
    assert.deepEqual(allowedEnrolmentActions('pending_review', ['handler'], f), ['approve', 'reject'])
    assert.deepEqual(allowedEnrolmentActions('pending_review', ['requester', 'handler'], f), ['cancel', 'approve', 'reject'])
    assert.deepEqual(allowedEnrolmentActions('applied', ['system', 'requester'], f), ['cancel'])
    assert.deepEqual(allowedEnrolmentActions('lapsed', ['requester', 'handler'], f), [])
  })
})
