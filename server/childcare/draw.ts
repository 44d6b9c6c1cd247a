// The 抽签 for a lottery class, run once by the sweep after the draw time. The seed is random,
// recorded on the class, and the order follows from it alone (draw-order.ts), so anyone can
// recompute it. Seats, then the waitlist, then 未中签, in drawn order.
import { randomBytes } from 'node:crypto'
import type { EnrolmentAction } from '../../types/childcare'
import { decideEnrolment } from '../../types/enrolment-transitions'
import type { Tx } from '../db/pool'
import { deliver, type Notice } from '../notifications/deliver'
import { drawOrder } from './draw-order'

interface Applicant {
  id: string
  number: string
  guardian_id: string
  child_name: string
  priority: boolean
}

interface DrawPeriod {
  id: string
  name: string
  capacity: number
  waitlist_limit: number
}

// Priority counts when the parent declared a group the class honours, unless the child's last
// finished period (with attendance taken) fell below that class's attendance threshold.
const APPLICANTS = `
  SELECT e.id, t.number, e.guardian_id, ch.name AS child_name,
         (e.priority_groups && c.priority_groups) AND NOT coalesce((
           SELECT 100 * count(*) FILTER (WHERE a.present) < pc.attendance_threshold * count(*)
           FROM enrolments pe
           JOIN childcare_periods pp ON pp.id = pe.period_id
           JOIN childcare_classes pc ON pc.id = pe.class_id
           JOIN childcare_attendance a ON a.enrolment_id = pe.id
           WHERE pe.id = (SELECT le.id FROM enrolments le JOIN childcare_periods lp ON lp.id = le.period_id
                          WHERE le.child_id = e.child_id AND le.state = 'held' AND lp.end_date < p.start_date
                            AND EXISTS (SELECT 1 FROM childcare_attendance la WHERE la.enrolment_id = le.id)
                          ORDER BY lp.end_date DESC LIMIT 1)
           GROUP BY pc.attendance_threshold), false) AS priority
  FROM enrolments e
  JOIN tickets t ON t.id = e.id
  JOIN children ch ON ch.id = e.child_id
  JOIN childcare_periods p ON p.id = e.period_id
  JOIN childcare_classes c ON c.id = e.class_id
  WHERE e.period_id = $1 AND e.state = 'applied'`

const NOTICE: Partial<Record<EnrolmentAction, (child: string, period: string, place: number) => Notice>> = {
  draw_seat: (child, period) => ({ to: 'requester', title: '托班抽签结果', body: `${child}在“${period}”抽签中签。`, wechatStatus: '已中签' }),
  draw_waitlist: (child, period, place) => ({ to: 'requester', title: '托班抽签结果', body: `${child}在“${period}”未中签，现为候补第 ${place} 位，有空位时将通知您。`, wechatStatus: '候补中' }),
  draw_out: (child, period) => ({ to: 'requester', title: '托班抽签结果', body: `很遗憾，${child}在“${period}”未中签。`, wechatStatus: '未中签' })
}

/** Draws one class if it is due and not yet drawn; returns the outbox ids to hand over after commit. */
export async function drawClass(tx: Tx, classId: string, now: Date, templateId: string | undefined): Promise<string[] | undefined> {
  const { rows: due } = await tx.query<{ title: string; review_required: boolean }>(
    `SELECT title, review_required FROM childcare_classes
     WHERE id = $1 AND allocation_mode = 'lottery' AND drawn_at IS NULL AND published_at IS NOT NULL AND draw_at <= $2
     FOR UPDATE`,
    [classId, now]
  )
  const cls = due[0]
  if (!cls) return undefined // drawn by another runner, or not due
  const seed = randomBytes(16).toString('hex')
  const outbox: string[] = []
  const { rows: periods } = await tx.query<DrawPeriod>(
    'SELECT id, name, capacity, waitlist_limit FROM childcare_periods WHERE class_id = $1 ORDER BY position FOR UPDATE',
    [classId]
  )
  for (const p of periods) {
    const { rows } = await tx.query<Applicant>(APPLICANTS, [p.id])
    const ordered = drawOrder(seed, rows)
    let seats = 0
    let waiting = 0
    for (const [i, a] of ordered.entries()) {
      const action: EnrolmentAction = seats < p.capacity ? 'draw_seat' : waiting < p.waitlist_limit ? 'draw_waitlist' : 'draw_out'
      const verdict = decideEnrolment('applied', action, ['system'], { beforeCancelCutoff: true, reviewRequired: cls.review_required, claimOpen: false })
      if (!verdict.ok) throw new Error(`draw: ${action} not allowed from applied`)
      if (action === 'draw_seat') seats += 1
      if (action === 'draw_waitlist') waiting += 1
      await tx.query(
        `UPDATE enrolments SET state = $2, draw_rank = $3, draw_priority = $4, waitlist_seq = $5, updated_at = $6 WHERE id = $1`,
        [a.id, verdict.to, i + 1, a.priority, action === 'draw_waitlist' ? waiting : null, now]
      )
      await tx.query(
        `INSERT INTO enrolment_events (enrolment_id, action, actor_id, actor_role, from_state, to_state, body, created_at)
         VALUES ($1, $2, NULL, 'system', 'applied', $3, $4, $5)`,
        [a.id, action, verdict.to, `抽签顺位第 ${i + 1} 位`, now]
      )
      const notice = NOTICE[action]?.(a.child_name, `${cls.title} · ${p.name}`, waiting)
      if (notice) outbox.push(...(await deliver(tx, { id: a.id, number: a.number, requester_id: a.guardian_id, kind: 'childcare' }, [notice], { templateId, now })))
    }
    await tx.query('UPDATE childcare_periods SET taken = $2, waiting = $3, waitlist_seq = $3 WHERE id = $1', [p.id, seats, waiting])
  }
  await tx.query('UPDATE childcare_classes SET draw_seed = $2, drawn_at = $3, updated_at = $3 WHERE id = $1', [classId, seed, now])
  return outbox
}
