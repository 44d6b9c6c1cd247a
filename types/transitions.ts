// The ticket workflow. This table is the only place a workflow rule lives: the server
// enforces it (state, role and guard) and sends the allowed actions to the app, which shows
// only those buttons.
import type { ActorRole, TicketAction, TicketStatus } from './enums'

/** Facts about a ticket beyond its state that some actions depend on. */
export interface TicketFacts {
  /** It reached the current union by 派单, so the union may 退单 it. */
  dispatched: boolean
  /** A 延期申请 awaits the parent union's decision. */
  extensionPending: boolean
  /** The answer deadline has not passed yet (延期 must be asked for in time). */
  beforeAnswerDeadline: boolean
  /** Already marked 不合理诉求. */
  unreasonable: boolean
  /** A 法律援助 case: a station assigns a lawyer instead of 签收, the lawyer closes it instead of
   * 答复, and it stays at its station (no 派单/转办/延期, no reopening a legal outcome). */
  legalAid: boolean
  /** A legal-aid case whose stage has a next step (诉讼 has none: it can only be closed). */
  stageCanAdvance: boolean
}

export type TransitionGuard =
  | 'dispatched'
  | 'extensionPending'
  | 'noExtensionPending'
  | 'beforeAnswerDeadline'
  | 'notUnreasonable'
  | 'legalAid'
  | 'notLegalAid'
  | 'stageCanAdvance'

const GUARDS: Record<TransitionGuard, (f: TicketFacts) => boolean> = {
  dispatched: (f) => f.dispatched,
  extensionPending: (f) => f.extensionPending,
  noExtensionPending: (f) => !f.extensionPending,
  beforeAnswerDeadline: (f) => f.beforeAnswerDeadline,
  notUnreasonable: (f) => !f.unreasonable,
  legalAid: (f) => f.legalAid,
  notLegalAid: (f) => !f.legalAid,
  stageCanAdvance: (f) => f.stageCanAdvance
}

/** Why a guard said no, in words for the person who tried. */
export const GUARD_MESSAGES: Record<TransitionGuard, string> = {
  dispatched: '只有上级派来的诉求才能退单',
  extensionPending: '没有待审批的延期申请',
  noExtensionPending: '已有延期申请在等待上级审批',
  beforeAnswerDeadline: '已超过答复期限，不能再申请延期',
  notUnreasonable: '该诉求已被标记为不合理诉求',
  legalAid: '只有法律援助案件才能执行此操作',
  notLegalAid: '法律援助案件由援助站律师办理，不能执行此操作',
  stageCanAdvance: '案件已处于诉讼阶段，不能再推进，只能结案'
}

export interface Transition {
  /** State after the action; equal to the current state for messages, notes and flags. */
  to: TicketStatus
  /** Who may take this action in this state. */
  by: readonly ActorRole[]
  /** Further conditions, all of which must hold. */
  when?: readonly TransitionGuard[]
}

export type TransitionTable = Record<TicketStatus, Partial<Record<TicketAction, Transition>>>

const STAFF = ['handler', 'supervisor', 'lawyer', 'station_lawyer'] as const
const markUnreasonable = (to: TicketStatus): Transition => ({ to, by: ['supervisor'], when: ['notUnreasonable'] })
const note = (to: TicketStatus): Transition => ({ to, by: STAFF })
const notLegal = (to: TicketStatus, by: readonly ActorRole[]): Transition => ({ to, by, when: ['notLegalAid'] })
/** The station (handling union) assigns or reassigns the lawyer; the first assignment is 签收. */
const assignLawyer = (to: TicketStatus): Transition => ({ to, by: ['handler'], when: ['legalAid'] })

export const TRANSITIONS: TransitionTable = {
  submitted: {
    acknowledge: notLegal('in_progress', ['handler']),
    assign_lawyer: assignLawyer('in_progress'),
    dispatch: notLegal('submitted', ['handler']),
    return: { to: 'submitted', by: ['handler'], when: ['dispatched', 'notLegalAid'] },
    transfer: notLegal('submitted', ['handler']),
    refuse: { to: 'refused', by: ['handler'] },
    withdraw: { to: 'withdrawn', by: ['requester'] },
    mark_unreasonable: markUnreasonable('submitted'),
    note: note('submitted')
  },
  in_progress: {
    reply: { to: 'in_progress', by: ['handler', 'lawyer'] },
    request_info: { to: 'awaiting_info', by: ['handler', 'lawyer'] },
    answer: notLegal('answered', ['handler']),
    advance_stage: { to: 'in_progress', by: ['lawyer'], when: ['legalAid', 'stageCanAdvance'] },
    close_case: { to: 'answered', by: ['lawyer'], when: ['legalAid'] },
    assign_lawyer: assignLawyer('in_progress'),
    transfer: notLegal('submitted', ['handler']),
    refuse: { to: 'refused', by: ['handler'] },
    request_extension: { to: 'in_progress', by: ['handler'], when: ['noExtensionPending', 'beforeAnswerDeadline', 'notLegalAid'] },
    approve_extension: { to: 'in_progress', by: ['supervisor'], when: ['extensionPending'] },
    deny_extension: { to: 'in_progress', by: ['supervisor'], when: ['extensionPending'] },
    mark_unreasonable: markUnreasonable('in_progress'),
    note: note('in_progress')
  },
  awaiting_info: {
    supplement: { to: 'in_progress', by: ['requester'] },
    reply: { to: 'awaiting_info', by: ['handler', 'lawyer'] },
    assign_lawyer: assignLawyer('awaiting_info'),
    approve_extension: { to: 'awaiting_info', by: ['supervisor'], when: ['extensionPending'] },
    deny_extension: { to: 'awaiting_info', by: ['supervisor'], when: ['extensionPending'] },
    mark_unreasonable: markUnreasonable('awaiting_info'),
    note: note('awaiting_info')
  },
  answered: {
    confirm: { to: 'closed', by: ['requester'] },
    reject: notLegal('in_progress', ['requester']),
    auto_confirm: { to: 'closed', by: ['system'] },
    mark_unreasonable: markUnreasonable('answered'),
    note: note('answered')
  },
  closed: {
    mark_unreasonable: markUnreasonable('closed'),
    note: note('closed')
  },
  refused: {
    mark_unreasonable: markUnreasonable('refused'),
    note: note('refused')
  },
  withdrawn: {}
}

export function findTransition(status: TicketStatus, action: TicketAction): Transition | undefined {
  return TRANSITIONS[status][action]
}

/** The first guard of `t` that does not hold, if any. */
export function failedGuard(t: Transition, facts: TicketFacts): TransitionGuard | undefined {
  return t.when?.find((g) => !GUARDS[g](facts))
}

/** Whether someone holding `roles` may take `action` on a ticket in `status` now. */
export function canTake(status: TicketStatus, action: TicketAction, roles: readonly ActorRole[], facts: TicketFacts): boolean {
  const t = findTransition(status, action)
  return t !== undefined && t.by.some((r) => roles.includes(r)) && failedGuard(t, facts) === undefined
}

/** Every action someone holding `roles` may take now, in table order. */
export function allowedActions(status: TicketStatus, roles: readonly ActorRole[], facts: TicketFacts): TicketAction[] {
  const row = TRANSITIONS[status]
  return (Object.keys(row) as TicketAction[]).filter((a) => canTake(status, a, roles, facts))
}
