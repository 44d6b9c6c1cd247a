// From what someone typed into an action form to the body the workflow endpoint takes,
// validated with the same zod schema the server uses.
import type { RatingDimension, TicketAction } from '../../../types/enums'
import { CASE_OUTCOME_LABELS, NO_RECOVERY_OUTCOMES, type CaseOutcome, type OpenStage } from '../../../types/legal-aid'
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
  /** 指派律师: one of the station's lawyers. */
  lawyerId: string
  /** 推进办案阶段: one of the case's next stages. */
  stage: OpenStage | ''
  /** 结案: how the case ended. */
  outcome: CaseOutcome | ''
  /** 结案: the amount recovered in yuan, as typed. */
  amount: string
}

export const EMPTY_DRAFT: ActionDraft = {
  text: '',
  unionId: '',
  reasonCode: '',
  days: '',
  ratings: {},
  attachmentIds: [],
  lawyerId: '',
  stage: '',
  outcome: '',
  amount: ''
}

/** A typed amount as a number for the schema: blank is missing ("请填写…"), not 0. */
function amountOf(typed: string): number | undefined {
  const t = typed.trim()
  return t === '' ? undefined : Number(t)
}

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
    case 'assign_lawyer':
      return { clientRequestId, lawyerId: d.lawyerId || undefined, body: d.text }
    case 'advance_stage':
      return { clientRequestId, stage: d.stage || undefined, body: d.text }
    case 'close_case':
      return { clientRequestId, outcome: d.outcome || undefined, amountRecovered: amountOf(d.amount), body: d.text }
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

/** Rules the body schema cannot see on its own (the server checks them too). */
function crossCheck(request: ActionRequest): Record<string, string> | null {
  if (request.action === 'close_case') {
    const { outcome, amountRecovered } = request.body
    if (NO_RECOVERY_OUTCOMES.includes(outcome) && amountRecovered > 0) {
      return { amountRecovered: `以“${CASE_OUTCOME_LABELS[outcome]}”结案时追回金额应为 0` }
    }
  }
  return null
}

/** The request to send, or Chinese messages by field (`body`, `unionId`, `reasonCode`, `days`,
 * `speed`, `lawyerId`, `stage`, `outcome`, `amountRecovered`…). */
export function validateAction(action: TicketAction, clientRequestId: string, draft: ActionDraft): Validated {
  const checked = parse(action, candidate(action, clientRequestId, draft))
  if (!checked.ok) return checked
  const errors = crossCheck(checked.request)
  return errors ? { ok: false, errors } : checked
}
