import type { TicketDetail } from '../../types/api'
import type { GrievanceSubmit } from '../../types/schemas/grievance'
import { withTx } from '../db/pool'
import { dueDate } from '../deadlines/clock'
import { resolvePolicy } from '../deadlines/policy'
import { AppError, invalid } from '../errors'
import { deliver } from '../notifications/deliver'
import { findUnion } from '../unions/union-repo'
import { attachToTicket } from '../uploads/attachment-repo'
import { openingClock } from './actions/clock-changes'
import { formatDate } from './actions/wording'
import { insertEvent } from './event-repo'
import { getTicketForViewer } from './get-ticket'
import { findTicketByClientRequest, insertTicket } from './ticket-repo'
import type { UrlSigner } from './ticket-view'
import type { WorkflowCtx } from './workflow-ctx'

export interface SubmitResult {
  ticket: TicketDetail
  /** False when this was a retry of a submit that had already succeeded. */
  created: boolean
}

async function employerUnionOf(ctx: WorkflowCtx, userId: string): Promise<string | null> {
  const { rows } = await ctx.db.query<{ employer_union_id: string | null }>('SELECT employer_union_id FROM users WHERE id = $1', [userId])
  return rows[0]?.employer_union_id ?? null
}

export async function submitGrievance(ctx: WorkflowCtx, userId: string, input: GrievanceSubmit, sign: UrlSigner): Promise<SubmitResult> {
  const union = await findUnion(ctx.db, input.targetUnionId)
  if (!union) throw invalid({ targetUnionId: '所选工会不存在，请重新选择' })
  if (input.confidential && (union.level === 'enterprise' || union.id === (await employerUnionOf(ctx, userId)))) {
    throw invalid({ targetUnionId: '选择了“对所在企业保密”时不能提交给企业工会，请选择街道、行业或县级工会' })
  }
  const attachmentIds = [...new Set(input.attachmentIds)]
  const now = ctx.now()

  const ticketId = await withTx(ctx.db, async (tx) => {
    const cal = await ctx.calendar.load(tx)
    const clock = openingClock(cal, now, await resolvePolicy(tx, union.id, 'grievance', input.urgent), null)
    const created = await insertTicket(tx, {
      kind: 'grievance',
      requesterId: userId,
      targetUnionId: union.id,
      category: input.category,
      title: input.title,
      description: input.description,
      employer: input.employer,
      contactPhone: input.contactPhone,
      confidential: input.confidential,
      urgent: input.urgent,
      clientRequestId: input.clientRequestId,
      clock
    })
    if (!created) return undefined // a retry: the first submit already stored everything
    const { id, number } = created
    const claimed = await attachToTicket(tx, id, userId, attachmentIds)
    if (claimed !== attachmentIds.length) {
      throw invalid({ attachmentIds: '有照片已失效或不属于您，请删除后重新上传' })
    }
    await insertEvent(tx, {
      ticketId: id,
      action: 'submit',
      actorId: userId,
      actorRole: 'requester',
      toUnionId: union.id,
      fromStatus: null,
      toStatus: 'submitted',
      body: '',
      visibility: 'public'
    })
    await deliver(
      tx,
      { id, number, requester_id: userId },
      [{ to: { unionId: union.id }, title: input.urgent ? '新诉求（紧急）待签收' : '新诉求待签收', body: `收到诉求 ${number}，请于 ${formatDate(dueDate(clock.ack_due_at))} 前签收。` }],
      { templateId: undefined, now }
    )
    return id
  })

  const id = ticketId ?? (await findTicketByClientRequest(ctx.db, userId, input.clientRequestId))
  if (!id) throw new AppError('CONFLICT', '提交冲突，请重试')
  return { ticket: await getTicketForViewer(ctx, id, userId, sign), created: ticketId !== undefined }
}
