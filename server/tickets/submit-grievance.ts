import type { TicketDetail } from '../../types/api'
import type { GrievanceSubmit } from '../../types/schemas/grievance'
import { withTx, type Db } from '../db/pool'
import { AppError, invalid } from '../errors'
import { findUnion } from '../unions/union-repo'
import { attachToTicket } from '../uploads/attachment-repo'
import { insertEvent } from './event-repo'
import { getTicketForViewer } from './get-ticket'
import { findTicketByClientRequest, insertGrievance } from './ticket-repo'
import type { UrlSigner } from './ticket-view'

export interface SubmitResult {
  ticket: TicketDetail
  /** False when this was a retry of a submit that had already succeeded. */
  created: boolean
}

export async function submitGrievance(db: Db, userId: string, input: GrievanceSubmit, sign: UrlSigner): Promise<SubmitResult> {
  const union = await findUnion(db, input.targetUnionId)
  if (!union) throw invalid({ targetUnionId: '所选工会不存在，请重新选择' })
  const attachmentIds = [...new Set(input.attachmentIds)]

  const ticketId = await withTx(db, async (tx) => {
    const id = await insertGrievance(tx, {
      requesterId: userId,
      targetUnionId: union.id,
      category: input.category,
      title: input.title,
      description: input.description,
      employer: input.employer,
      contactPhone: input.contactPhone,
      confidential: input.confidential,
      clientRequestId: input.clientRequestId
    })
    if (!id) return undefined // a retry: the first submit already stored everything
    const claimed = await attachToTicket(tx, id, userId, attachmentIds)
    if (claimed !== attachmentIds.length) {
      throw invalid({ attachmentIds: '有照片已失效或不属于您，请删除后重新上传' })
    }
    await insertEvent(tx, {
      ticketId: id,
      action: 'submit',
      actorId: userId,
      actorRole: 'requester',
      fromStatus: null,
      toStatus: 'submitted',
      body: '',
      visibility: 'public'
    })
    return id
  })

  const id = ticketId ?? (await findTicketByClientRequest(db, userId, input.clientRequestId))
  if (!id) throw new AppError('CONFLICT', '提交冲突，请重试')
  return { ticket: await getTicketForViewer(db, id, userId, sign), created: ticketId !== undefined }
}
