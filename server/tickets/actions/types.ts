import type { ActorRole, TicketAction } from '../../../types/enums'
import type { TicketActionBody } from '../../../types/schemas/ticket-action'
import type { WorkingCalendar } from '../../calendar/working-days'
import type { Tx } from '../../db/pool'
import type { Notice } from '../../notifications/deliver'
import type { NewEvent } from '../event-repo'
import type { TicketChanges, TicketRow } from '../ticket-repo'
import type { WorkflowCtx } from '../workflow-ctx'

export interface ActionInput<A extends TicketAction> {
  tx: Tx
  ctx: WorkflowCtx
  ticket: TicketRow
  body: TicketActionBody<A>
  role: ActorRole
  /** Null for the system. */
  actorId: string | null
  /** The union the actor acts for (handler: the current union; supervisor: theirs above it). */
  actorUnionId: string | null
  now: Date
  cal: WorkingCalendar
}

export interface ActionOutcome {
  changes: TicketChanges
  event?: Partial<Pick<NewEvent, 'body' | 'toUnionId' | 'reasonCode' | 'data' | 'visibility'>>
  notices: Notice[]
  /** Work that needs the new event's id (photos sent with 补充材料) or must follow the event
   * in the timeline (a 督办 after the second 重办); may add notices. */
  afterEvent?: (eventId: string) => Promise<Notice[] | void>
}

export type ActionHandler<A extends TicketAction> = (input: ActionInput<A>) => Promise<ActionOutcome>
export type ActionHandlers = { [A in TicketAction]: ActionHandler<A> }
