// The ticket workflow. This table is the only place a workflow rule lives: the server
// enforces it and sends the allowed actions to the app, which shows only those buttons.
import type { ActorRole, TicketAction, TicketStatus } from './enums'

export interface Transition {
  /** State after the action; equal to the current state for replies and notes. */
  to: TicketStatus
  /** Who may take this action in this state. */
  by: readonly ActorRole[]
}

export type TransitionTable = Record<TicketStatus, Partial<Record<TicketAction, Transition>>>

export const TRANSITIONS: TransitionTable = {
  submitted: {
    accept: { to: 'in_progress', by: ['cadre'] },
    note: { to: 'submitted', by: ['cadre'] },
    withdraw: { to: 'withdrawn', by: ['requester'] }
  },
  in_progress: {
    reply: { to: 'in_progress', by: ['cadre'] },
    note: { to: 'in_progress', by: ['cadre'] },
    resolve: { to: 'resolved', by: ['cadre'] }
  },
  resolved: {
    confirm: { to: 'closed', by: ['requester'] },
    reject: { to: 'in_progress', by: ['requester'] },
    note: { to: 'resolved', by: ['cadre'] }
  },
  closed: {
    note: { to: 'closed', by: ['cadre'] }
  },
  withdrawn: {}
}

export function findTransition(status: TicketStatus, action: TicketAction): Transition | undefined {
  return TRANSITIONS[status][action]
}

/** Whether someone holding `roles` may take `action` on a ticket in `status`. */
export function canTake(status: TicketStatus, action: TicketAction, roles: readonly ActorRole[]): boolean {
  const t = findTransition(status, action)
  return t !== undefined && t.by.some((r) => roles.includes(r))
}

/** Every action someone holding `roles` may take now, in table order. */
export function allowedActions(status: TicketStatus, roles: readonly ActorRole[]): TicketAction[] {
  const row = TRANSITIONS[status]
  return (Object.keys(row) as TicketAction[]).filter((a) => canTake(status, a, roles))
}
