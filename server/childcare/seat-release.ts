// A seat left (cancelled, rejected, lapsed): the first child on the waitlist is offered it at
// once, with a claim window; only when nobody waits does the seat count go down. The caller
// holds the period's row lock, so two releases never offer the same place twice.
import type { Queryable } from '../db/pool'
import { formatMoment } from '../tickets/actions/wording'
import type { Notice } from '../notifications/deliver'
import { deliver } from '../notifications/deliver'
import { insertEnrolmentEvent } from './enrolment-repo'

export interface Released {
  /** The enrolment now offered the seat, if anyone was waiting. */
  promotedId: string | null
  outboxIds: string[]
}


export async function releaseSeat(db: Queryable, periodId: string, now: Date, templateId: string | undefined): Promise<Released> {
  const { rows } = await db.query<{ id: string; number: string; guardian_id: string; claim_by: Date; child_name: string; title: string }>(
    `WITH next AS (
       SELECT e.id FROM enrolments e JOIN childcare_periods p ON p.id = e.period_id
       WHERE e.period_id = $1 AND e.state = 'waitlisted'
         AND p.end_date >= ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date
       ORDER BY e.waitlist_seq LIMIT 1)
     UPDATE enrolments e SET state = 'offered', updated_at = $2,
       claim_by = $2::timestamptz + make_interval(hours => (SELECT claim_hours FROM childcare_classes c WHERE c.id = e.class_id))
     FROM next, tickets t, children ch
     WHERE e.id = next.id AND t.id = e.id AND ch.id = e.child_id
     RETURNING e.id, t.number, e.guardian_id, e.claim_by, ch.name AS child_name, t.title`,
    [periodId, now]
  )
  const promoted = rows[0]
  if (!promoted) {
    await db.query('UPDATE childcare_periods SET taken = taken - 1 WHERE id = $1', [periodId])
    return { promotedId: null, outboxIds: [] }
  }
  await db.query('UPDATE childcare_periods SET waiting = waiting - 1 WHERE id = $1', [periodId])
  await insertEnrolmentEvent(db, {
    enrolmentId: promoted.id,
    action: 'promote',
    actorId: null,
    actorRole: 'system',
    fromState: 'waitlisted',
    toState: 'offered',
    body: `请于 ${formatMoment(promoted.claim_by)} 前确认入班，逾期名额将顺延给下一位候补。`,
    at: now
  })
  const notice: Notice = {
    to: 'requester',
    title: '候补转正，请确认入班',
    body: `${promoted.child_name}报名的“${promoted.title}”有空位了，请于 ${formatMoment(promoted.claim_by)} 前确认入班，逾期名额将顺延。`,
    wechatStatus: '候补转正'
  }
  const outboxIds = await deliver(db, { id: promoted.id, number: promoted.number, requester_id: promoted.guardian_id, kind: 'childcare' }, [notice], { templateId, now })
  return { promotedId: promoted.id, outboxIds }
}
