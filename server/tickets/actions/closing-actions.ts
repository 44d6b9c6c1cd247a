// The worker's verdict on an answer: 确认解决 with three ratings, or 未解决 → 重办 (the second
// 重办 raises a 督办); and the 7-day silence rule that confirms on the worker's behalf.
import { deadlineFrom } from '../../deadlines/clock'
import { escalate } from '../../deadlines/escalate'
import { resolvePolicy } from '../../deadlines/policy'
import { runAnswerClock } from './clock-changes'
import type { ActionHandler } from './types'

const REOPENS_BEFORE_SUPERVISION = 2

export const confirm: ActionHandler<'confirm'> = async (i) => ({
  changes: {
    closed_at: i.now,
    rating_speed: i.body.speed,
    rating_attitude: i.body.attitude,
    rating_result: i.body.result,
    rating_comment: i.body.comment
  },
  event: { body: i.body.comment, data: { speed: i.body.speed, attitude: i.body.attitude, result: i.body.result } },
  notices: [{ to: { unionId: i.ticket.current_union_id }, title: '职工已确认解决', body: `诉求 ${i.ticket.number} 已确认解决并评价。` }]
})

export const autoConfirm: ActionHandler<'auto_confirm'> = async (i) => ({
  changes: { closed_at: i.now, auto_confirmed: true },
  event: { body: `答复后 ${i.ctx.autoConfirmDays} 天未评价，系统自动确认办结` },
  notices: [{ to: 'requester', title: '诉求已自动办结', body: `诉求 ${i.ticket.number} 答复后 ${i.ctx.autoConfirmDays} 天未评价，已自动确认办结。` }]
})

export const reject: ActionHandler<'reject'> = async (i) => {
  const policy = await resolvePolicy(i.tx, i.ticket.current_union_id, i.ticket.kind, i.ticket.urgent)
  const answerDue = deadlineFrom(i.cal, i.now, policy.answerDays).dueAt
  const reopens = i.ticket.reopen_count + 1
  return {
    changes: { ...runAnswerClock(i.cal, answerDue), answered_at: null, reopen_count: reopens },
    event: { body: i.body.body },
    notices: [{ to: { unionId: i.ticket.current_union_id }, title: '职工反馈未解决', body: `诉求 ${i.ticket.number} 职工反馈未解决，请重新办理（第 ${reopens} 次重办）。` }],
    afterEvent: async () =>
      reopens >= REOPENS_BEFORE_SUPERVISION
        ? escalate(i.tx, { ...i.ticket, status: 'in_progress' }, 'reopened_twice', 'reopened_twice')
        : []
  }
}
