// A worker books a duty slot for their case. The ticket row is locked, so one case never holds
// two upcoming appointments; two workers racing for one slot are settled by the database's
// unique index — exactly one of them gets it.
import type { Appointment } from '../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS, BOOKING_HORIZON_DAYS } from '../../types/legal-aid'
import type { BookAppointmentInput } from '../../types/schemas/legal-aid'
import { addDays, shanghaiDate } from '../calendar/working-days'
import { withTx } from '../db/pool'
import { AppError, invalid, notFound } from '../errors'
import { deliver } from '../notifications/deliver'
import { formatDate } from '../tickets/actions/wording'
import { insertEvent } from '../tickets/event-repo'
import { getTicket } from '../tickets/ticket-repo'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { findAppointmentByRequest, getAppointment, insertAppointment, listCaseAppointments } from './appointment-repo'
import { getCase } from './case-repo'
import { toAppointment } from './case-view'
import { findLiveSlot, shanghaiInstant } from './slot-repo'

const OPEN = ['submitted', 'in_progress', 'awaiting_info']

export function describeAppointment(a: { day: string; startTime: string; endTime: string; mode: keyof typeof APPOINTMENT_MODE_LABELS; lawyerName: string }): string {
  return `${formatDate(a.day)} ${a.startTime}–${a.endTime} ${APPOINTMENT_MODE_LABELS[a.mode]}（${a.lawyerName}律师）`
}

export async function bookAppointment(ctx: WorkflowCtx, userId: string, input: BookAppointmentInput): Promise<{ appointment: Appointment; created: boolean }> {
  const now = ctx.now()
  const again = await findAppointmentByRequest(ctx.db, userId, input.clientRequestId)
  if (again) return { appointment: toAppointment((await getAppointment(ctx.db, again, now))!, true), created: false }

  const id = await withTx(ctx.db, async (tx) => {
    const ticket = await getTicket(tx, input.ticketId, true)
    if (!ticket || ticket.kind !== 'legal_aid' || ticket.requester_id !== userId) throw notFound('法律援助申请')
    if (!OPEN.includes(ticket.status)) throw new AppError('TRANSITION_NOT_ALLOWED', '该申请已办结或已撤回，不能再预约')
    const legalCase = (await getCase(tx, ticket.id))!
    const slot = await findLiveSlot(tx, input.slotId)
    if (!slot || slot.stationId !== legalCase.station_id) throw invalid({ slotId: '请选择本援助站的值班时段' })

    const cal = await ctx.calendar.load(tx)
    const today = shanghaiDate(now)
    const weekday = ((new Date(`${input.day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
    if (weekday !== slot.weekday || input.day > addDays(today, BOOKING_HORIZON_DAYS) || cal.isHoliday(input.day)) {
      throw invalid({ day: '这一天没有这个值班时段，请重新选择' })
    }
    if (shanghaiInstant(input.day, slot.startTime).getTime() <= now.getTime()) throw invalid({ day: '这个时段已经开始或已过，请选择其他时段' })
    const upcoming = (await listCaseAppointments(tx, ticket.id, now)).find((a) => a.upcoming)
    if (upcoming) {
      throw new AppError('CONFLICT', `您已预约 ${formatDate(upcoming.day)} ${upcoming.start_time}，如需改期请先取消原预约`)
    }

    const made = await insertAppointment(tx, { ticketId: ticket.id, slotId: slot.id, day: input.day, bookedBy: userId, clientRequestId: input.clientRequestId })
    if (made === 'taken' || made === 'retry') throw new AppError('CONFLICT', '该时段已被预约，请选择其他时段')
    const what = describeAppointment({ day: input.day, startTime: slot.startTime, endTime: slot.endTime, mode: slot.mode, lawyerName: slot.lawyer.name })
    await insertEvent(tx, {
      ticketId: ticket.id,
      action: 'book_appointment',
      actorId: userId,
      actorRole: 'requester',
      fromStatus: ticket.status,
      toStatus: ticket.status,
      body: `预约 ${what}，地点/电话：${slot.place}`,
      visibility: 'public'
    })
    await deliver(tx, ticket, [{ to: { userId: slot.lawyer.id }, title: '新的咨询预约', body: `案件 ${ticket.number} 的职工预约了 ${what}。` }], {
      templateId: undefined,
      now
    })
    return made.id
  })
  return { appointment: toAppointment((await getAppointment(ctx.db, id, now))!, true), created: true }
}
