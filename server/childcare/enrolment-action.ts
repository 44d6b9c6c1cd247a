// One change of a sign-up's state, checked against the enrolment transition table, written
// with its event, the seat counters, any waitlist promotion and the notices in one
// transaction. Every change first locks the period's row: all seat movements of a period take
// turns, so counters and the waitlist order stay exact.
import { SEAT_STATES, type EnrolmentAction } from '../../types/childcare'
import type { ActorRole } from '../../types/enums'
import { decideEnrolment, ENROLMENT_GUARD_MESSAGES, ENROLMENT_TRANSITIONS } from '../../types/enrolment-transitions'
import type { Tx } from '../db/pool'
import { AppError, invalid, notFound } from '../errors'
import { deliver, type Notice } from '../notifications/deliver'
import { enrolmentFacts } from './enrolment-view'
import { findEnrolment, insertEnrolmentEvent, type EnrolmentRow } from './enrolment-repo'
import { releaseSeat } from './seat-release'

export interface ActionInput {
  action: EnrolmentAction
  roles: readonly ActorRole[]
  actorId: string | null
  reason: string
  now: Date
  templateId: string | undefined
}


/** Lock the period, then read the enrolment afresh under that lock. */
export async function lockEnrolment(tx: Tx, id: string): Promise<EnrolmentRow | undefined> {
  const { rows } = await tx.query<{ period_id: string }>('SELECT period_id FROM enrolments WHERE id = $1', [id])
  if (!rows[0]) return undefined
  await tx.query('SELECT 1 FROM childcare_periods WHERE id = $1 FOR UPDATE', [rows[0].period_id])
  return findEnrolment(tx, id)
}

function noticeFor(action: EnrolmentAction, e: EnrolmentRow, reason: string): Notice | undefined {
  const what = `${e.child_name}报名的“${e.class_title}”`
  if (action === 'approve') return { to: 'requester', title: '托班报名审核通过', body: `${what}已审核通过，报名成功。`, wechatStatus: '报名成功' }
  if (action === 'reject') return { to: 'requester', title: '托班报名未通过审核', body: `${what}未通过审核：${reason}`, wechatStatus: '审核未通过' }
  if (action === 'lapse') return { to: 'requester', title: '候补名额已顺延', body: `${what}未在期限内确认入班，名额已顺延给下一位候补。`, wechatStatus: '已顺延' }
  return undefined
}

export async function applyEnrolmentAction(tx: Tx, e: EnrolmentRow, a: ActionInput): Promise<string[]> {
  const verdict = decideEnrolment(e.state, a.action, a.roles, enrolmentFacts(e, a.now))
  if (!verdict.ok) {
    if (verdict.reason === 'role') throw notFound('操作')
    if (verdict.reason === 'guard') throw new AppError('TRANSITION_NOT_ALLOWED', ENROLMENT_GUARD_MESSAGES[verdict.guard])
    throw new AppError('TRANSITION_NOT_ALLOWED', '报名状态已变化，请刷新后再试')
  }
  if (a.action === 'reject' && a.reason === '') throw invalid({ reason: '请填写审核不通过的原因' })
  const to = verdict.to
  await tx.query(
    `UPDATE enrolments SET state = $2, updated_at = $3,
       claim_by = CASE WHEN $2 = 'offered' THEN claim_by END,
       reject_reason = CASE WHEN $2 = 'rejected' THEN $4 ELSE reject_reason END
     WHERE id = $1`,
    [e.id, to, a.now, a.reason]
  )
  await insertEnrolmentEvent(tx, {
    enrolmentId: e.id,
    action: a.action,
    actorId: a.actorId,
    // Each action belongs to exactly one role in the table.
    actorRole: ENROLMENT_TRANSITIONS[e.state][a.action]?.[0]?.by[0] ?? 'system',
    fromState: e.state,
    toState: to,
    body: a.reason,
    at: a.now
  })
  const outboxIds: string[] = []
  const notice = noticeFor(a.action, e, a.reason)
  if (notice) outboxIds.push(...(await deliver(tx, { id: e.id, number: e.number, requester_id: e.guardian_id, kind: 'childcare' }, [notice], { templateId: a.templateId, now: a.now })))
  const leftSeat = SEAT_STATES.includes(e.state) && !SEAT_STATES.includes(to)
  if (leftSeat) outboxIds.push(...(await releaseSeat(tx, e.period_id, a.now, a.templateId)).outboxIds)
  if (e.state === 'waitlisted' && to !== 'waitlisted' && to !== 'offered') {
    await tx.query('UPDATE childcare_periods SET waiting = waiting - 1 WHERE id = $1', [e.period_id])
  }
  return outboxIds
}
