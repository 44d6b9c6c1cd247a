// Either side cancels an upcoming appointment: the worker, the lawyer on duty in that slot, the
// case's lawyer, or a cadre of the station's union. The other side is told.
import type { Appointment } from '../../types/api-legal-aid'
import type { ActorRole } from '../../types/enums'
import { withTx } from '../db/pool'
import { AppError, notFound } from '../errors'
import { deliver, type Notice } from '../notifications/deliver'
import { accessFor } from '../tickets/access'
import { insertEvent } from '../tickets/event-repo'
import { getTicket } from '../tickets/ticket-repo'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { cancelAppointmentRow, getAppointment } from './appointment-repo'
import { describeAppointment } from './book-appointment'
import { mayCancel, toAppointment } from './case-view'

export async function cancelAppointment(ctx: WorkflowCtx, userId: string, appointmentId: string, reason: string): Promise<Appointment> {
  const now = ctx.now()
  const outbox = await withTx(ctx.db, async (tx) => {
    const found = await getAppointment(tx, appointmentId, now)
    if (!found) throw notFound('预约')
    const ticket = await getTicket(tx, found.ticket_id, true)
    if (!ticket) throw notFound('预约')
    const a = (await getAppointment(tx, appointmentId, now, true))!
    const { roles } = await accessFor(tx, userId, ticket)
    if (roles.length === 0) throw notFound('预约')
    const role: ActorRole | undefined = !mayCancel(a, roles, userId)
      ? undefined
      : roles.includes('requester')
        ? 'requester'
        : roles.includes('handler')
          ? 'handler'
          : roles.includes('lawyer')
            ? 'lawyer'
            : 'station_lawyer'
    if (!role) throw new AppError('FORBIDDEN', '只有职工本人、值班律师、承办律师或援助站所在工会可以取消预约')
    if (!a.upcoming) throw new AppError('CONFLICT', '该预约已取消或已过时间，不能再取消')

    await cancelAppointmentRow(tx, a.id, { userId, role, reason, now })
    const what = describeAppointment({ day: a.day, startTime: a.start_time, endTime: a.end_time, mode: a.mode, lawyerName: a.lawyer_name })
    await insertEvent(tx, {
      ticketId: ticket.id,
      action: 'cancel_appointment',
      actorId: userId,
      actorRole: role,
      actorUnionId: role === 'handler' ? ticket.current_union_id : null,
      fromStatus: ticket.status,
      toStatus: ticket.status,
      body: `取消 ${what} 的预约：${reason}`,
      visibility: 'public'
    })
    const notice: Notice =
      role === 'requester'
        ? { to: { userId: a.lawyer_id }, title: '咨询预约已取消', body: `案件 ${ticket.number} 的职工取消了 ${what} 的预约：${reason}` }
        : { to: 'requester', title: '咨询预约已取消', body: `您在 ${what} 的预约已被取消：${reason}。请重新预约其他时段。`, wechatStatus: '预约取消' }
    return deliver(tx, ticket, [notice], { templateId: ctx.subscribeTemplateId, now })
  })
  if (outbox.length > 0) ctx.afterCommit(outbox)
  return toAppointment((await getAppointment(ctx.db, appointmentId, now))!, false)
}
