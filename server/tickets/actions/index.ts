import { confirm, autoConfirm, reject } from './closing-actions'
import { acknowledge, answer, note, refuse, reply, requestInfo, supplement, withdraw } from './handling-actions'
import { dispatch, returnTicket, transfer } from './routing-actions'
import { approveExtension, denyExtension, markUnreasonable, requestExtension } from './supervision-actions'
import { advanceStage, assignLawyer, closeCase } from './legal-actions'
import type { ActionHandlers } from './types'

/** What each action does beyond the state change the transition table prescribes. */
export const ACTION_HANDLERS: ActionHandlers = {
  acknowledge,
  dispatch,
  return: returnTicket,
  transfer,
  request_info: requestInfo,
  supplement,
  reply,
  answer,
  confirm,
  reject,
  auto_confirm: autoConfirm,
  refuse,
  withdraw,
  request_extension: requestExtension,
  approve_extension: approveExtension,
  deny_extension: denyExtension,
  mark_unreasonable: markUnreasonable,
  note,
  assign_lawyer: assignLawyer,
  advance_stage: advanceStage,
  close_case: closeCase
}
