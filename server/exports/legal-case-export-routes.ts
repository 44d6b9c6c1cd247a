// 法律援助案件台账: POST { unionId?, from?, to? } → a signed link; the link streams the cases of
// the stations run by the cadre's own unions in that subtree, submitted in that range.
import type { FastifyInstance } from 'fastify'
import type { ExportLink } from '../../types/api-workbench'
import { dashboardQuerySchema } from '../../types/schemas/workbench'
import type { AppDeps } from '../app-deps'
import { shanghaiDate } from '../calendar/working-days'
import { endOfDay } from '../deadlines/clock'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import type { InboxScope } from '../workbench/inbox-scope'
import { resolveInboxScope } from '../workbench/inbox-scope'
import { recordExport } from './audit'
import { auditUnion, downloadScope, scopeLabel } from './export-scope'
import { exportUrl, linkParams, verifyExportLink } from './export-link'
import { caseUnionIds, legalCaseRows } from './legal-case-rows'
import { LEGAL_CASE_COLUMNS, legalCaseRow } from './legal-case-sheet'
import { mayExportFullAll } from './masking'
import { sendXlsx } from './send-xlsx'

const DOWNLOAD_PATH = '/api/workbench/exports/legal-cases.xlsx'

/** The same body as the dashboard's range (union, from, to, Chinese messages); no default
 * range here: absent dates export every case. */
const legalCaseExportSchema = dashboardQuerySchema

/** Phones in full only when every station union of the export is covered by a flag. */
function fullFor(db: AppDeps['db'], userId: string, scope: InboxScope): Promise<boolean> {
  const ids = new Set(caseUnionIds(scope))
  return mayExportFullAll(db, userId, scope.own.filter((u) => ids.has(u.id)).map((u) => u.path))
}

export function legalCaseExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps

  app.post('/api/workbench/exports/legal-cases', async (request): Promise<ExportLink> => {
    const userId = await requireCadre(deps, request)
    const q = parse(legalCaseExportSchema, request.body)
    const scope = await resolveInboxScope(db, userId, q.unionId)
    const grant = { actorId: userId, kind: 'legal_cases' as const, params: linkParams(q) }
    return { url: exportUrl(deps.config.fileUrlSecret, DOWNLOAD_PATH, grant, deps.clock()), masked: !(await fullFor(db, userId, scope)) }
  })

  app.get(DOWNLOAD_PATH, async (request, reply) => {
    const now = deps.clock()
    const grant = verifyExportLink(deps.config.fileUrlSecret, 'legal_cases', request.query, now)
    const q = parse(legalCaseExportSchema, grant.params)
    const scope = await downloadScope(db, grant.actorId, q.unionId)
    const full = await fullFor(db, grant.actorId, scope)
    await recordExport(db, {
      actorId: grant.actorId,
      action: 'export.legal_cases',
      unionId: auditUnion(scope),
      detail: { filter: grant.params, masked: !full, stationUnions: caseUnionIds(scope) }
    })
    const range = { fromAt: q.from ? new Date(`${q.from}T00:00:00+08:00`) : null, toAt: q.to ? endOfDay(q.to) : null }
    const date = shanghaiDate(now)
    const file = { fileName: `${scopeLabel(scope)}法律援助案件台账-${date}.xlsx`, asciiName: `legal-cases-${date}.xlsx`, sheetName: '法律援助案件台账', columns: LEGAL_CASE_COLUMNS }
    return sendXlsx(reply, file, async (addRow) => {
      for await (const row of legalCaseRows(db, scope, range)) await addRow(legalCaseRow(row, full))
    })
  })
}
