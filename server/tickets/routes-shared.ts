import { z } from 'zod'
import type { AppDeps } from '../app-deps'
import { notFound } from '../errors'
import { signedFileUrl } from '../uploads/signed-url'
import type { UrlSigner } from './ticket-view'
import type { WorkflowCtx } from './workflow-ctx'

export function workflowCtx(deps: AppDeps): WorkflowCtx {
  return {
    db: deps.db,
    now: deps.clock,
    calendar: deps.calendar,
    subscribeTemplateId: deps.config.wechatSubscribeTemplateId,
    autoConfirmDays: deps.config.autoConfirmDays,
    afterCommit: (ids) => deps.outbox.dispatch(ids)
  }
}

export const PAGE_SIZE = 20

export function urlSigner({ config }: AppDeps): UrlSigner {
  return (id) => signedFileUrl(config.fileUrlSecret, config.fileUrlTtlSeconds, id)
}

/** A malformed id cannot name a ticket: answer 404 rather than a database error. */
export function ticketIdParam(params: unknown): string {
  const r = z.object({ id: z.uuid() }).safeParse(params)
  if (!r.success) throw notFound('诉求')
  return r.data.id
}

export const cursorQuery = z.object({
  cursor: z.string().max(200, { message: '分页参数无效' }).optional()
})
