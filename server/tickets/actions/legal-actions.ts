// 法律援助 case work: the station assigns a lawyer (the first assignment is 签收), the lawyer
// moves the case through its stages and closes it with an outcome and the amount recovered.
// The answer clock stops at the lawyer's first word to the worker: after that the case runs
// on the mediation/arbitration/court timetable, not on ours.
import { CASE_OUTCOME_LABELS, CASE_STAGE_LABELS, NO_RECOVERY_OUTCOMES, nextStages, outcomesAt } from '../../../types/legal-aid'
import { formatYuan, yuanToFen } from '../../../types/schemas/money'
import { dueDate } from '../../deadlines/clock'
import { AppError, invalid } from '../../errors'
import { getCase, stationLawyer, updateCase, type CaseRow } from '../../legal-aid/case-repo'
import { resolveSupervisions } from '../supervision-repo'
import type { TicketChanges } from '../ticket-repo'
import { answerDueOf, runAnswerClock, STOP_CLOCK } from './clock-changes'
import type { ActionInput, ActionHandler } from './types'
import { formatDate } from './wording'

async function caseOf(i: ActionInput<'assign_lawyer' | 'advance_stage' | 'close_case' | 'reply'>): Promise<CaseRow> {
  const c = await getCase(i.tx, i.ticket.id, true)
  if (!c) throw new AppError('INTERNAL', '法律援助案件数据缺失')
  return c
}

/** The lawyer has now said something to the worker: stop the answer clock once. */
export async function firstResponse(i: ActionInput<'advance_stage' | 'close_case' | 'reply'>, c: CaseRow): Promise<TicketChanges> {
  if (c.first_response_at !== null) return {}
  await updateCase(i.tx, c.ticket_id, { first_response_at: i.now })
  await resolveSupervisions(i.tx, c.ticket_id, ['ack_overdue', 'answer_overdue'])
  return i.ticket.status === 'in_progress' ? STOP_CLOCK : {}
}

/** A lawyer's reply to the worker on a legal-aid case counts as the first response. */
export async function lawyerReplyChanges(i: ActionInput<'reply'>): Promise<TicketChanges> {
  if (i.ticket.kind !== 'legal_aid' || i.role !== 'lawyer') return {}
  return firstResponse(i, await caseOf(i))
}

/** The answer clock of a legal-aid case stopped for good at the lawyer's first response. */
export async function legalClockStopped(i: ActionInput<'supplement'>): Promise<boolean> {
  if (i.ticket.kind !== 'legal_aid') return false
  return (await getCase(i.tx, i.ticket.id))?.first_response_at != null
}

export const assignLawyer: ActionHandler<'assign_lawyer'> = async (i) => {
  const c = await caseOf(i)
  const lawyer = await stationLawyer(i.tx, c.station_id, i.body.lawyerId)
  if (!lawyer) throw invalid({ lawyerId: '请选择本援助站的律师' })
  if (c.lawyer_id === lawyer.id) throw invalid({ lawyerId: `${lawyer.name}已是本案承办律师` })
  await updateCase(i.tx, c.ticket_id, { lawyer_id: lawyer.id })
  const first = i.ticket.status === 'submitted'
  let changes: TicketChanges = {}
  let promise = ''
  if (first) {
    const answerDue = await answerDueOf(i.tx, i.cal, i.ticket, i.now)
    changes = { ...runAnswerClock(i.cal, answerDue), acknowledged_at: i.now }
    promise = `，律师将于 ${formatDate(dueDate(answerDue))} 前与您联系`
  }
  return {
    changes,
    event: { body: `指派${lawyer.name}律师承办${i.body.body ? `。${i.body.body}` : ''}` },
    notices: [
      {
        to: 'requester',
        title: first ? '法律援助申请已受理' : '承办律师已更换',
        body: `${c.station_name}已指派${lawyer.name}律师办理您的申请 ${i.ticket.number}${promise}。`,
        wechatStatus: first ? '已受理' : undefined
      },
      { to: { userId: lawyer.id }, title: '新的法律援助案件', body: `${c.station_name}指派您承办案件 ${i.ticket.number}，请及时联系职工。` }
    ]
  }
}

export const advanceStage: ActionHandler<'advance_stage'> = async (i) => {
  const c = await caseOf(i)
  const to = i.body.stage
  if (to === 'closed') throw new AppError('TRANSITION_NOT_ALLOWED', '结案请使用“结案”，并填写结案方式和追回金额')
  if (!nextStages(c.stage).includes(to)) {
    const options = nextStages(c.stage).map((s) => `“${CASE_STAGE_LABELS[s]}”`).join('或')
    throw new AppError(
      'TRANSITION_NOT_ALLOWED',
      `案件当前处于“${CASE_STAGE_LABELS[c.stage]}”阶段，不能转入“${CASE_STAGE_LABELS[to]}”阶段${options ? `，只能转入${options}` : '，只能结案'}`
    )
  }
  const changes = await firstResponse(i, c)
  await updateCase(i.tx, c.ticket_id, { stage: to, stage_changed_at: i.now })
  return {
    changes,
    event: { body: i.body.body, reasonCode: to },
    notices: [{ to: 'requester', title: `案件进入${CASE_STAGE_LABELS[to]}阶段`, body: `您的法律援助案件 ${i.ticket.number} 已进入${CASE_STAGE_LABELS[to]}阶段，请查看律师说明。` }]
  }
}

export const closeCase: ActionHandler<'close_case'> = async (i) => {
  const c = await caseOf(i)
  const { outcome, amountRecovered } = i.body
  if (!outcomesAt(c.stage).includes(outcome)) {
    throw invalid({ outcome: `处于“${CASE_STAGE_LABELS[c.stage]}”阶段的案件不能以“${CASE_OUTCOME_LABELS[outcome]}”结案` })
  }
  if (NO_RECOVERY_OUTCOMES.includes(outcome) && amountRecovered > 0) {
    throw invalid({ amountRecovered: `以“${CASE_OUTCOME_LABELS[outcome]}”结案时追回金额应为 0` })
  }
  await firstResponse(i, c)
  await updateCase(i.tx, c.ticket_id, { stage: 'closed', stage_changed_at: i.now, outcome, amount_recovered_fen: yuanToFen(amountRecovered), closed_at: i.now })
  const recovered = amountRecovered > 0 ? `，为您追回 ${formatYuan(amountRecovered)}` : ''
  return {
    changes: { ...STOP_CLOCK, answered_at: i.now },
    event: { body: i.body.body, reasonCode: outcome },
    notices: [
      {
        to: 'requester',
        title: '法律援助案件已结案',
        body: `案件 ${i.ticket.number} 已结案（${CASE_OUTCOME_LABELS[outcome]}${recovered}），请查看并评价律师的服务。`,
        wechatStatus: '已结案'
      },
      { to: { unionId: i.ticket.current_union_id }, title: '法律援助案件已结案', body: `案件 ${i.ticket.number}：${CASE_OUTCOME_LABELS[outcome]}${recovered}。` }
    ]
  }
}
