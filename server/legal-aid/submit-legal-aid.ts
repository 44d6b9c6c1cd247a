// A worker files a legal-aid request: a ticket of kind 法律援助 at the union running the chosen
// station, its case row with the separate consent, and the evidence — in one transaction, and
// once per clientRequestId however often the app retries.
import { CASE_TYPE_LABELS } from '../../types/legal-aid'
import type { LegalAidSubmit } from '../../types/schemas/legal-aid'
import { yuanToFen } from '../../types/schemas/money'
import { withTx } from '../db/pool'
import { dueDate } from '../deadlines/clock'
import { resolvePolicy } from '../deadlines/policy'
import { AppError, invalid } from '../errors'
import { deliver } from '../notifications/deliver'
import { openingClock } from '../tickets/actions/clock-changes'
import { formatDate } from '../tickets/actions/wording'
import { insertEvent } from '../tickets/event-repo'
import { getTicketForViewer } from '../tickets/get-ticket'
import type { SubmitResult } from '../tickets/submit-grievance'
import { findTicketByClientRequest, insertTicket } from '../tickets/ticket-repo'
import type { UrlSigner } from '../tickets/ticket-view'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { EVIDENCE_MIMES, attachToTicket } from '../uploads/attachment-repo'
import { insertCase } from './case-repo'
import { findStation } from './station-repo'

export async function submitLegalAid(ctx: WorkflowCtx, userId: string, input: LegalAidSubmit, sign: UrlSigner): Promise<SubmitResult> {
  const station = await findStation(ctx.db, input.stationId)
  if (!station) throw invalid({ stationId: '所选法律援助站不存在，请重新选择' })
  const evidenceIds = [...new Set(input.evidenceIds)]
  const now = ctx.now()

  const ticketId = await withTx(ctx.db, async (tx) => {
    const cal = await ctx.calendar.load(tx)
    const clock = openingClock(cal, now, await resolvePolicy(tx, station.union.id, 'legal_aid', false), null)
    const created = await insertTicket(tx, {
      kind: 'legal_aid',
      requesterId: userId,
      targetUnionId: station.union.id,
      category: null,
      // The title names the kind of dispute only: lists and notices carry no personal details.
      title: `${CASE_TYPE_LABELS[input.caseType]}法律援助申请`,
      description: input.description,
      employer: input.employer,
      contactPhone: input.contactPhone,
      confidential: false,
      urgent: false,
      clientRequestId: input.clientRequestId,
      clock
    })
    if (!created) return undefined // a retry: the first submit already stored everything
    const { id, number } = created
    await insertCase(tx, {
      ticketId: id,
      stationId: station.id,
      caseType: input.caseType,
      helpWanted: input.helpWanted,
      amountInDisputeFen: input.amountInDispute === null ? null : yuanToFen(input.amountInDispute),
      since: input.since,
      hardship: input.hardship,
      hardshipNote: input.hardship ? input.hardshipNote : '',
      consentVersion: input.consentVersion,
      consentAt: now
    })
    const claimed = await attachToTicket(tx, id, userId, evidenceIds, EVIDENCE_MIMES)
    if (claimed !== evidenceIds.length) throw invalid({ evidenceIds: '有证据文件已失效或不属于您，请删除后重新上传' })
    await insertEvent(tx, {
      ticketId: id,
      action: 'submit',
      actorId: userId,
      actorRole: 'requester',
      toUnionId: station.union.id,
      fromStatus: null,
      toStatus: 'submitted',
      body: '',
      visibility: 'public'
    })
    await deliver(
      tx,
      { id, number, requester_id: userId, kind: 'legal_aid' },
      [{ to: { unionId: station.union.id }, title: '新的法律援助申请', body: `${station.name}收到法律援助申请 ${number}，请于 ${formatDate(dueDate(clock.ack_due_at))} 前指派律师。` }],
      { templateId: undefined, now }
    )
    return id
  })

  const id = ticketId ?? (await findTicketByClientRequest(ctx.db, userId, input.clientRequestId))
  if (!id) throw new AppError('CONFLICT', '提交冲突，请重试')
  return { ticket: await getTicketForViewer(ctx, id, userId, sign), created: ticketId !== undefined }
}
