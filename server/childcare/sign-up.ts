// A parent's sign-up for one 班期. The checks, the seat (or waitlist place), the ticket, the
// enrolment and its first event are ONE statement (sign-up-sql.ts): a conditional UPDATE on the
// period's counters decides, the constraints on enrolments refuse duplicates, overlaps and ages
// out of range, and any refusal aborts the whole statement, so nothing half-done is stored.
// A sign-up costs two round trips: the session and this statement.
import type { EnrolmentView } from '../../types/api-childcare'
import { CHILD_CONSENT_VERSION, SIGN_UP_REFUSAL_LABELS, type SignUpRefusal } from '../../types/childcare'
import type { SignUp } from '../../types/schemas/childcare'
import type { Queryable } from '../db/pool'
import { AppError, invalid, notFound } from '../errors'
import { formatMoment } from '../tickets/actions/wording'
import { findEnrolment, findEnrolmentByRequest, listEnrolmentEvents, type EnrolmentRow } from './enrolment-repo'
import { toEnrolmentView } from './enrolment-view'
import { attemptSignUp, type Attempt, type Precheck } from './sign-up-sql'

export function refused(reason: SignUpRefusal, message = SIGN_UP_REFUSAL_LABELS[reason]): AppError {
  return new AppError('SIGN_UP_REFUSED', message, undefined, undefined, reason)
}

/** Which rule a constraint violation from the sign-up statement stands for. */
const CONSTRAINT_REFUSALS: Record<string, SignUpRefusal> = {
  enrolments_one_per_period: 'already_signed_up',
  enrolments_one_per_class: 'one_period_per_class',
  enrolments_no_overlap: 'overlapping_period',
  enrolments_age_out_of_range: 'age_out_of_range',
  enrolments_grade_out_of_range: 'grade_out_of_range',
  enrolments_full: 'full'
}

export function refusalOf(err: unknown): SignUpRefusal | undefined {
  const constraint = (err as { constraint?: unknown }).constraint
  return typeof constraint === 'string' ? CONSTRAINT_REFUSALS[constraint] : undefined
}

function checkBeforeWriting(p: Precheck, input: SignUp, now: Date): void {
  if (!p.child_found) throw invalid({ childId: '请选择您添加的孩子' })
  if (p.consent_version !== CHILD_CONSENT_VERSION) throw invalid({ childId: '儿童信息处理规则已更新，请先在“我的孩子”中重新确认授权' })
  const extra = input.priorityGroups.filter((g) => !p.priority_groups.includes(g))
  if (extra.length) throw invalid({ priorityGroups: SIGN_UP_REFUSAL_LABELS.priority_not_offered })
  if (now < p.opens_at) throw refused('not_open', `报名尚未开始，${formatMoment(p.opens_at)} 开始报名`)
  if (now >= p.closes_at) throw refused('closed')
  if (p.range_refusal) throw refused(p.range_refusal)
  if (p.same_period) throw refused('already_signed_up')
  if (p.same_class) throw refused('one_period_per_class')
  if (p.overlapping) throw refused('overlapping_period')
  // No seat and no waitlist place as of this request's snapshot: refuse without writing (as if
  // the parent had tapped a moment earlier). The write statement stays the real guard.
  if (p.no_room && p.allocation_mode !== 'lottery') throw refused('full')
}

/** The answer built from what the statement wrote, without reading it back. */
function answer(w: Attempt & { new_id: string; number: string; state: EnrolmentRow['state']; event_id: string }, userId: string, periodId: string, input: SignUp, now: Date): EnrolmentView {
  const p: Precheck = w
  const e: EnrolmentRow = {
    id: w.new_id, number: w.number, state: w.state, guardian_id: userId, child_id: input.childId, child_name: p.child_name ?? '',
    class_id: p.class_id, class_title: p.title, address: p.address, bring: p.bring, union_id: p.union_id, union_name: p.union_name,
    allocation_mode: p.allocation_mode, drawn_at: p.drawn_at, review_required: p.review_required, claim_hours: p.claim_hours,
    period_id: periodId, period: { ...p.period, taken: w.taken ?? p.period.taken, waiting: w.waiting ?? p.period.waiting },
    priority_groups: input.priorityGroups, contact_phone: input.contactPhone, note: input.note, waitlist_seq: w.waitlist_seq,
    // Under the period's lock this sign-up was the last to join: everyone waiting is ahead of it.
    waitlist_position: w.state === 'waitlisted' ? w.waiting : null,
    claim_by: null, cancel_by: p.cancel_by, reject_reason: null, created_at: now
  }
  const event = { id: w.event_id, action: 'sign_up' as const, actor_name: p.guardian_name, actor_role: 'requester' as const, from_state: null, to_state: w.state, body: '', created_at: now }
  return toEnrolmentView(e, [event], ['requester'], now)
}

export interface SignUpResult {
  view: EnrolmentView
  created: boolean
}

export async function signUp(db: Queryable, userId: string, periodId: string, input: SignUp, now: Date): Promise<SignUpResult> {
  let attempt: Attempt | undefined
  try {
    attempt = await attemptSignUp(db, { userId, childId: input.childId, periodId, clientRequestId: input.clientRequestId, now, contactPhone: input.contactPhone, priorityGroups: input.priorityGroups, note: input.note, consentVersion: CHILD_CONSENT_VERSION })
  } catch (err) {
    const reason = refusalOf(err)
    if (reason) throw refused(reason)
    throw err
  }
  if (!attempt || !attempt.published) throw notFound('托班班期')
  const { new_id, number, state, event_id } = attempt
  if (new_id && number && state && event_id) return { view: answer({ ...attempt, new_id, number, state, event_id }, userId, periodId, input, now), created: true }
  // Nothing written: a retry of an earlier sign-up, or a rule said no (name it), or the same
  // request id landed concurrently.
  if (!attempt.retried_id) checkBeforeWriting(attempt, input, now)
  const id = attempt.retried_id ?? (await findEnrolmentByRequest(db, userId, input.clientRequestId))
  const e = id ? await findEnrolment(db, id) : undefined
  if (!e) throw new AppError('CONFLICT', '报名提交冲突，请重试')
  return { view: toEnrolmentView(e, await listEnrolmentEvents(db, e.id), ['requester'], now), created: false }
}
