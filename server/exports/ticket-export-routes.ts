// 诉求台账: POST the inbox filter → a signed link; the link streams exactly the tickets the
// inbox shows for that filter (inboxExportRows shares the inbox's WHERE and order).
import type { FastifyInstance } from 'fastify'
import type { ExportLink } from '../../types/api-workbench'
import { inboxFilterSchema } from '../../types/schemas/workbench'
import type { AppDeps } from '../app-deps'
import { shanghaiDate } from '../calendar/working-days'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { inboxExportRows } from '../workbench/inbox-rows'
import { resolveInboxScope } from '../workbench/inbox-scope'
import { recordExport } from './audit'
import { auditUnion, downloadScope, scopeLabel } from './export-scope'
import { exportUrl, linkParams, verifyExportLink } from './export-link'
import { mayExportFullAll } from './masking'
import { sendXlsx } from './send-xlsx'
import { TICKET_COLUMNS, ticketRow } from './ticket-sheet'

const DOWNLOAD_PATH = '/api/workbench/exports/tickets.xlsx'

/** The inbox sends `supervised` as text in its query; a JSON body may carry a boolean. */
function asQuery(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body
  const b = body as Record<string, unknown>
  return typeof b.supervised === 'boolean' ? { ...b, supervised: String(b.supervised) } : b
}

export function ticketExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps

  app.post('/api/workbench/exports/tickets', async (request): Promise<ExportLink> => {
    const userId = await requireCadre(deps, request)
    const filter = parse(inboxFilterSchema, asQuery(request.body))
    const scope = await resolveInboxScope(db, userId, filter.unionId)
    const grant = { actorId: userId, kind: 'tickets' as const, params: linkParams(filter) }
    return {
      url: exportUrl(deps.config.fileUrlSecret, DOWNLOAD_PATH, grant, deps.clock()),
      masked: !(await mayExportFullAll(db, userId, scope.roots.map((r) => r.path)))
    }
  })

  app.get(DOWNLOAD_PATH, async (request, reply) => {
    const now = deps.clock()
    const grant = verifyExportLink(deps.config.fileUrlSecret, 'tickets', request.query, now)
    const filter = parse(inboxFilterSchema, grant.params)
    const scope = await downloadScope(db, grant.actorId, filter.unionId)
    const full = await mayExportFullAll(db, grant.actorId, scope.roots.map((r) => r.path))
    await recordExport(db, {
      actorId: grant.actorId,
      action: 'export.tickets',
      unionId: auditUnion(scope),
      detail: { filter: grant.params, masked: !full, roots: scope.roots.map((r) => r.id) }
    })
    const date = shanghaiDate(now)
    const file = { fileName: `${scopeLabel(scope)}诉求台账-${date}.xlsx`, asciiName: `tickets-${date}.xlsx`, sheetName: '诉求台账', columns: TICKET_COLUMNS }
    return sendXlsx(reply, file, async (addRow) => {
      for await (const row of inboxExportRows(db, scope, filter, now)) await addRow(ticketRow(row, full))
    })
  })
}
