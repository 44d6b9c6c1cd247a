// From what someone typed into an action form to the body the workflow endpoint takes,
// validated with the same zod schema the server uses.
import type { RatingDimension, TicketAction } from '../../../types/enums'
import { ticketActionSchemas, type TicketActionInput } from '../../../types/schemas/ticket-action'
import { fieldErrors } from '../../../types/schemas/validate'

/** One action with its body, as the workflow endpoint takes it. */
export type ActionRequest = { [A in TicketAction]: { action: A; body: TicketActionInput<A> } }[TicketAction]

export type ActionOutcome =
  | { ok: true }
  /** `fields`: server validation messages by field; `message`: what went wrong, in Chinese;
   * `close`: the form no longer applies (the ticket moved on and was reloaded). */
  | { ok: false; fields?: Record<string, string>; message?: string; close?: boolean }

/** Everything any action form can hold; each action reads the parts it needs. */
export interface ActionDraft {
  text: string
  unionId: string
  reasonCode: string
  /** As typed (a number input gives text). */
  days: string
  ratings: Partial<Record<RatingDimension, number>>
  attachmentIds: string[]
}

export const EMPTY_DRAFT: ActionDraft = { text: '', unionId: '', reasonCode: '', days: '', ratings: {}, attachmentIds: [] }

/** Missing choices become `undefined`, so the schema says "请选择…" rather than "format". */
function candidate(action: TicketAction, clientRequestId: string, d: ActionDraft): Record<string, unknown> {
  switch (action) {
    case 'acknowledge':
    case 'auto_confirm':
      return { clientRequestId }
    case 'dispatch':
    case 'transfer':
      return { clientRequestId, unionId: d.unionId || undefined, body: d.text }
    case 'return':
    case 'refuse':
      return { clientRequestId, reasonCode: d.reasonCode || undefined, body: d.text }
    case 'supplement':
      return { clientRequestId, body: d.text, attachmentIds: d.attachmentIds }
    case 'confirm':
      return { clientRequestId, speed: d.ratings.speed, attitude: d.ratings.attitude, result: d.ratings.result, comment: d.text }
    case 'request_extension':
      return { clientRequestId, days: d.days.trim() === '' ? undefined : Number(d.days), body: d.text }
    default:
      return { clientRequestId, body: d.text }
  }
}

export type Validated = { ok: true; request: ActionRequest } | { ok: false; errors: Record<string, string> }

function parse<A extends TicketAction>(action: A, data: Record<string, unknown>): Validated {
  const result = ticketActionSchemas[action].safeParse(data)
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) }
  // The schema for `action` just accepted this body; TypeScript cannot correlate a generic
  // action with its member of the ActionRequest union, so that one fact is asserted here.
  return { ok: true, request: { action, body: result.data } as ActionRequest }
}

/** The request to send, or Chinese messages by field (`body`, `unionId`, `reasonCode`, `days`, `speed`…). */
export function validateAction(action: TicketAction, clientRequestId: string, draft: ActionDraft): Validated {
  return parse(action, candidate(action, clientRequestId, draft))
}
