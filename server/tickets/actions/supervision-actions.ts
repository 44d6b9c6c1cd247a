// 延期申请 by the handler, decided by a cadre above it; 不合理诉求 marked by a cadre above.
import { dueDate, extendDeadline, warnAtFor } from '../../deadlines/clock'
import { decideExtension, insertExtension, pendingExtension } from '../extension-repo'
import type { TicketChanges } from '../ticket-repo'
import { answerDueOf } from './clock-changes'
import type { ActionHandler } from './types'
import { formatDate } from './wording'

export const requestExtension: ActionHandler<'request_extension'> = async (i) => {
  await insertExtension(i.tx, { ticketId: i.ticket.id, unionId: i.ticket.current_union_id, userId: i.actorId!, days: i.body.days, reason: i.body.body })
  const parent = i.ticket.current_union_parent_id ?? i.ticket.current_union_id
  return {
    changes: {},
    event: { body: i.body.body, data: { days: i.body.days }, visibility: 'internal' },
    notices: [{ to: { unionId: parent }, title: '延期申请待审批', body: `${i.ticket.current_union_name}申请将诉求 ${i.ticket.number} 的答复期限延长 ${i.body.days} 个工作日。` }]
  }
}

export const approveExtension: ActionHandler<'approve_extension'> = async (i) => {
  const pending = (await pendingExtension(i.tx, i.ticket.id))!
  await decideExtension(i.tx, pending.id, 'approved', i.actorId!)
  const moved = extendDeadline(i.cal, await answerDueOf(i.tx, i.cal, i.ticket, i.now), pending.days).dueAt
  // While paused for material no clock runs; the new date applies when it resumes.
  const changes: TicketChanges =
    i.ticket.status === 'in_progress' ? { answer_due_at: moved, due_at: moved, warn_at: warnAtFor(i.cal, moved) } : { answer_due_at: moved }
  return {
    changes,
    event: { body: i.body.body || `答复期限延长 ${pending.days} 个工作日`, data: { days: pending.days } },
    notices: [
      { to: { unionId: i.ticket.current_union_id }, title: '延期申请已同意', body: `诉求 ${i.ticket.number} 答复期限延至 ${formatDate(dueDate(moved))}。` },
      { to: 'requester', title: '答复期限已延长', body: `诉求 ${i.ticket.number} 经上级工会同意延期，预计 ${formatDate(dueDate(moved))} 前答复。` }
    ]
  }
}

export const denyExtension: ActionHandler<'deny_extension'> = async (i) => {
  const pending = (await pendingExtension(i.tx, i.ticket.id))!
  await decideExtension(i.tx, pending.id, 'denied', i.actorId!)
  return {
    changes: {},
    event: { body: i.body.body, data: { days: pending.days }, visibility: 'internal' },
    notices: [{ to: { unionId: i.ticket.current_union_id }, title: '延期申请未同意', body: `诉求 ${i.ticket.number} 的延期申请未获同意，请按原期限答复。` }]
  }
}

export const markUnreasonable: ActionHandler<'mark_unreasonable'> = async (i) => ({
  changes: { unreasonable_reason: i.body.body, unreasonable_at: i.now },
  event: { body: i.body.body, visibility: 'internal' },
  notices: [{ to: { unionId: i.ticket.current_union_id }, title: '诉求被认定为不合理诉求', body: `诉求 ${i.ticket.number} 已被上级工会标记为不合理诉求，不计入考核。` }]
})
