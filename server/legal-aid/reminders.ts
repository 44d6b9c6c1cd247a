// The day before an appointment both sides get a reminder. Claiming the row (reminded_at) and
// writing the notices happen in one transaction, so two job runners never remind twice.
import { addDays, shanghaiDate } from '../calendar/working-days'
import { withTx } from '../db/pool'
import { deliver } from '../notifications/deliver'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { describeAppointment } from './book-appointment'
import type { AppointmentMode } from '../../types/legal-aid'

interface DueRow {
  ticket_id: string
  number: string
  requester_id: string
  lawyer_id: string
  lawyer_name: string
  day: string
  start_time: string
  end_time: string
  mode: AppointmentMode
  place: string
}

export async function sendAppointmentReminders(ctx: WorkflowCtx): Promise<number> {
  const now = ctx.now()
  const tomorrow = addDays(shanghaiDate(now), 1)
  const { outbox, count } = await withTx(ctx.db, async (tx) => {
    const { rows } = await tx.query<DueRow>(
      `UPDATE legal_appointments a SET reminded_at = $2
       FROM duty_slots d, tickets t, users u
       WHERE d.id = a.slot_id AND t.id = a.ticket_id AND u.id = d.lawyer_id
         AND a.state = 'booked' AND a.reminded_at IS NULL AND a.day = $1::date
       RETURNING a.ticket_id, t.number, t.requester_id, d.lawyer_id, u.display_name AS lawyer_name,
                 to_char(a.day, 'YYYY-MM-DD') AS day, to_char(d.start_time, 'HH24:MI') AS start_time,
                 to_char(d.end_time, 'HH24:MI') AS end_time, d.mode, d.place`,
      [tomorrow, now]
    )
    const ids: string[] = []
    for (const r of rows) {
      const what = describeAppointment({ day: r.day, startTime: r.start_time, endTime: r.end_time, mode: r.mode, lawyerName: r.lawyer_name })
      ids.push(
        ...(await deliver(
          tx,
          { id: r.ticket_id, number: r.number, requester_id: r.requester_id, kind: 'legal_aid' },
          [
            { to: 'requester', title: '明天有法律咨询预约', body: `提醒：您预约了 ${what}，地点/电话：${r.place}。如不能前来请提前取消。`, wechatStatus: '预约提醒' },
            { to: { userId: r.lawyer_id }, title: '明天有咨询预约', body: `提醒：案件 ${r.number} 的职工预约了 ${what}。` }
          ],
          { templateId: ctx.subscribeTemplateId, now }
        ))
      )
    }
    return { outbox: ids, count: rows.length }
  })
  if (outbox.length > 0) ctx.afterCommit(outbox)
  return count
}
