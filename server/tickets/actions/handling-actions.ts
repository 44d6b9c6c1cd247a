// The handling union's work: 签收, 回复, 要求补充材料 (pauses the clock), 答复, 不予受理,
// 内部备注; and the worker's 补充材料 (resumes it) and 撤回.
import { REFUSE_REASON_LABELS } from '../../../types/enums'
import { dueDate, extendDeadline, pausedWorkingDays } from '../../deadlines/clock'
import { invalid } from '../../errors'
import { attachToEvent, EVIDENCE_MIMES, PHOTO_MIMES } from '../../uploads/attachment-repo'
import { answerDueOf, runAnswerClock, STOP_CLOCK } from './clock-changes'
import { legalClockStopped, lawyerReplyChanges } from './legal-actions'
import type { ActionHandler } from './types'
import { formatDate } from './wording'

const handlers = (unionId: string) => ({ unionId })

export const acknowledge: ActionHandler<'acknowledge'> = async (i) => {
  const answerDue = await answerDueOf(i.tx, i.cal, i.ticket, i.now)
  return {
    changes: { ...runAnswerClock(i.cal, answerDue), acknowledged_at: i.now },
    notices: [
      {
        to: 'requester',
        title: '诉求已签收',
        body: `${i.ticket.current_union_name}已签收您的诉求 ${i.ticket.number}，预计 ${formatDate(dueDate(answerDue))} 前答复。`,
        wechatStatus: '已签收'
      }
    ]
  }
}

export const reply: ActionHandler<'reply'> = async (i) => ({
  changes: await lawyerReplyChanges(i),
  event: { body: i.body.body },
  notices: [{ to: 'requester', title: '工会回复了您', body: `诉求 ${i.ticket.number} 有新的回复，请查看。` }]
})

export const note: ActionHandler<'note'> = async (i) => ({ changes: {}, event: { body: i.body.body, visibility: 'internal' }, notices: [] })

export const requestInfo: ActionHandler<'request_info'> = async (i) => ({
  changes: { ...STOP_CLOCK, paused_at: i.now },
  event: { body: i.body.body },
  notices: [
    {
      to: 'requester',
      title: '请补充材料',
      body: `办理诉求 ${i.ticket.number} 需要您补充材料，补充前答复期限暂停计时。`,
      wechatStatus: '待补充'
    }
  ]
})

export const supplement: ActionHandler<'supplement'> = async (i) => {
  const paused = pausedWorkingDays(i.cal, i.ticket.paused_at ?? i.now, i.now)
  const answerDue = extendDeadline(i.cal, await answerDueOf(i.tx, i.cal, i.ticket, i.now), paused).dueAt
  const ids = [...new Set(i.body.attachmentIds)]
  // A legal-aid case past the lawyer's first response has no answer clock to resume.
  const clock = (await legalClockStopped(i)) ? {} : runAnswerClock(i.cal, answerDue)
  return {
    changes: { ...clock, paused_at: null },
    event: { body: i.body.body },
    notices: [{ to: handlers(i.ticket.current_union_id), title: '职工已补充材料', body: `诉求 ${i.ticket.number} 的职工已补充材料，答复期限恢复计时。` }],
    afterEvent: async (eventId) => {
      const legal = i.ticket.kind === 'legal_aid'
      const claimed = await attachToEvent(i.tx, i.ticket.id, eventId, i.actorId!, ids, legal ? EVIDENCE_MIMES : PHOTO_MIMES)
      if (claimed !== ids.length) {
        throw invalid({ attachmentIds: legal ? '有文件已失效或不属于您，请删除后重新上传' : '有照片已失效、不是照片或不属于您，请删除后重新上传' })
      }
    }
  }
}

export const answer: ActionHandler<'answer'> = async (i) => ({
  changes: { ...STOP_CLOCK, answered_at: i.now },
  event: { body: i.body.body },
  notices: [
    { to: 'requester', title: '诉求已答复', body: `诉求 ${i.ticket.number} 已答复，请查看并确认是否解决。`, wechatStatus: '已答复' }
  ]
})

export const refuse: ActionHandler<'refuse'> = async (i) => ({
  changes: { ...STOP_CLOCK, closed_at: i.now },
  event: { reasonCode: i.body.reasonCode, body: i.body.body },
  notices: [
    {
      to: 'requester',
      title: '诉求不予受理',
      body: `诉求 ${i.ticket.number} 不予受理：${REFUSE_REASON_LABELS[i.body.reasonCode]}。`,
      wechatStatus: '不予受理'
    }
  ]
})

export const withdraw: ActionHandler<'withdraw'> = async (i) => ({
  changes: { ...STOP_CLOCK, closed_at: i.now },
  event: { body: i.body.body },
  notices: [{ to: handlers(i.ticket.current_union_id), title: '职工已撤回诉求', body: `诉求 ${i.ticket.number} 已由职工撤回，无需再办理。` }]
})
