// 派单 (down), 转办 (sideways), 退单 (back to the dispatcher).
import { RETURN_REASON_LABELS } from '../../../types/enums'
import { dueDate } from '../../deadlines/clock'
import { invalid } from '../../errors'
import { dispatcherOf } from '../event-repo'
import { routingTargets } from '../routing'
import { arrivalClock } from './clock-changes'
import type { ActionHandler } from './types'
import { formatDate } from './wording'

async function checkTarget(i: { tx: Parameters<typeof routingTargets>[0]; ticket: Parameters<typeof routingTargets>[1] }, action: 'dispatch' | 'transfer', unionId: string) {
  const targets = await routingTargets(i.tx, i.ticket, action)
  const target = targets.find((u) => u.id === unionId)
  if (!target) {
    throw invalid({
      unionId: action === 'dispatch' ? '只能派给本工会的下级工会（职工要求保密的不能派给企业工会）' : '只能转给同级的其他工会（职工要求保密的不能转给企业工会）'
    })
  }
  return target
}

export const dispatch: ActionHandler<'dispatch'> = async (i) => {
  const target = await checkTarget(i, 'dispatch', i.body.unionId)
  const clock = await arrivalClock(i.tx, i.cal, i.ticket, target.id, i.now)
  return {
    changes: { ...clock, current_union_id: target.id, dispatched_from_union_id: i.ticket.current_union_id },
    event: { toUnionId: target.id, body: i.body.body },
    notices: [
      { to: { unionId: target.id }, title: '新派单待签收', body: `诉求 ${i.ticket.number} 已派至贵单位，请于 ${formatDate(dueDate(clock.ack_due_at))} 前签收。` }
    ]
  }
}

export const transfer: ActionHandler<'transfer'> = async (i) => {
  const target = await checkTarget(i, 'transfer', i.body.unionId)
  const clock = await arrivalClock(i.tx, i.cal, i.ticket, target.id, i.now)
  return {
    changes: { ...clock, current_union_id: target.id, dispatched_from_union_id: null },
    event: { toUnionId: target.id, body: i.body.body },
    notices: [
      { to: { unionId: target.id }, title: '转办诉求待签收', body: `诉求 ${i.ticket.number} 已转至贵单位办理，请于 ${formatDate(dueDate(clock.ack_due_at))} 前签收。` }
    ]
  }
}

export const returnTicket: ActionHandler<'return'> = async (i) => {
  // The guard 'dispatched' guarantees a dispatcher.
  const back = i.ticket.dispatched_from_union_id!
  const clock = await arrivalClock(i.tx, i.cal, i.ticket, back, i.now)
  return {
    changes: { ...clock, current_union_id: back, dispatched_from_union_id: await dispatcherOf(i.tx, i.ticket.id, back) },
    event: { toUnionId: back, reasonCode: i.body.reasonCode, body: i.body.body },
    notices: [
      {
        to: { unionId: back },
        title: '派单被退回',
        body: `诉求 ${i.ticket.number} 被退回（${RETURN_REASON_LABELS[i.body.reasonCode]}），请重新派单或自行办理。`
      }
    ]
  }
}
