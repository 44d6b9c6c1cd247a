// The 爱心托班 sign-up workflow. Like the ticket table, this is the only place its rules live:
// the server enforces state, role and guard, and the app shows exactly the allowed buttons.
// The sign-up itself is not a transition: it starts in applied, pending_review, held or
// waitlisted depending on the class and the seats left.
import type { EnrolmentAction, EnrolmentState } from './childcare'
import type { ActorRole } from './enums'

export interface EnrolmentFacts {
  /** The cancellation cutoff before the period starts has not passed. */
  beforeCancelCutoff: boolean
  /** The class wants a cadre's eligibility review before a seat is final. */
  reviewRequired: boolean
  /** The claim window of an offered seat is still open. */
  claimOpen: boolean
}

export type EnrolmentGuard = 'beforeCancelCutoff' | 'reviewRequired' | 'noReview' | 'claimOpen' | 'claimExpired'

const GUARDS: Record<EnrolmentGuard, (f: EnrolmentFacts) => boolean> = {
  beforeCancelCutoff: (f) => f.beforeCancelCutoff,
  reviewRequired: (f) => f.reviewRequired,
  noReview: (f) => !f.reviewRequired,
  claimOpen: (f) => f.claimOpen,
  claimExpired: (f) => !f.claimOpen
}

export const ENROLMENT_GUARD_MESSAGES: Record<EnrolmentGuard, string> = {
  beforeCancelCutoff: '已过取消截止时间，如需请假请联系托班工会',
  reviewRequired: '本托班无需审核',
  noReview: '本托班需先经工会审核',
  claimOpen: '确认期限已过，名额已顺延给下一位候补',
  claimExpired: '确认期限尚未结束'
}

export interface EnrolmentTransition {
  to: EnrolmentState
  by: readonly ActorRole[]
  when?: readonly EnrolmentGuard[]
}

type Table = Record<EnrolmentState, Partial<Record<EnrolmentAction, readonly EnrolmentTransition[]>>>

const cancel: readonly EnrolmentTransition[] = [{ to: 'cancelled', by: ['requester'], when: ['beforeCancelCutoff'] }]

/** Several rows for one action are alternatives: the first whose guards hold applies. */
export const ENROLMENT_TRANSITIONS: Table = {
  applied: {
    cancel,
    draw_seat: [
      { to: 'held', by: ['system'], when: ['noReview'] },
      { to: 'pending_review', by: ['system'], when: ['reviewRequired'] }
    ],
    draw_waitlist: [{ to: 'waitlisted', by: ['system'] }],
    draw_out: [{ to: 'not_drawn', by: ['system'] }]
  },
  pending_review: {
    cancel,
    approve: [{ to: 'held', by: ['handler'] }],
    reject: [{ to: 'rejected', by: ['handler'] }]
  },
  held: { cancel },
  waitlisted: {
    // Leaving the waitlist is always allowed; it frees nobody's seat.
    cancel: [{ to: 'cancelled', by: ['requester'] }],
    promote: [{ to: 'offered', by: ['system'] }]
  },
  offered: {
    claim: [
      { to: 'held', by: ['requester'], when: ['claimOpen', 'noReview'] },
      { to: 'pending_review', by: ['requester'], when: ['claimOpen', 'reviewRequired'] }
    ],
    cancel: [{ to: 'cancelled', by: ['requester'] }],
    lapse: [{ to: 'lapsed', by: ['system'], when: ['claimExpired'] }]
  },
  cancelled: {},
  lapsed: {},
  rejected: {},
  not_drawn: {}
}

function passes(t: EnrolmentTransition, facts: EnrolmentFacts): EnrolmentGuard | undefined {
  return (t.when ?? []).find((g) => !GUARDS[g](facts))
}

export type EnrolmentVerdict =
  | { ok: true; to: EnrolmentState }
  | { ok: false; reason: 'state' | 'role' }
  | { ok: false; reason: 'guard'; guard: EnrolmentGuard }

/** Whether someone in these roles may take this action now, and where it leads. */
export function decideEnrolment(
  state: EnrolmentState,
  action: EnrolmentAction,
  roles: readonly ActorRole[],
  facts: EnrolmentFacts
): EnrolmentVerdict {
  const rows = ENROLMENT_TRANSITIONS[state][action]
  if (!rows) return { ok: false, reason: 'state' }
  const mine = rows.filter((t) => t.by.some((r) => roles.includes(r)))
  if (mine.length === 0) return { ok: false, reason: 'role' }
  let firstFailed: EnrolmentGuard | undefined
  for (const t of mine) {
    const failed = passes(t, facts)
    if (!failed) return { ok: true, to: t.to }
    firstFailed ??= failed
  }
  return { ok: false, reason: 'guard', guard: firstFailed! }
}

/** The buttons to show: actions people (not the system) may take now. */
export function allowedEnrolmentActions(state: EnrolmentState, roles: readonly ActorRole[], facts: EnrolmentFacts): EnrolmentAction[] {
  const people = roles.filter((r) => r !== 'system')
  return (Object.keys(ENROLMENT_TRANSITIONS[state]) as EnrolmentAction[]).filter((a) => decideEnrolment(state, a, people, facts).ok)
}
