import type { FastifyInstance } from 'fastify'
import type { ClassAdminView } from '../../types/api-childcare'
import { attendanceDateParam, attendanceSchema, classSchema, type ClassSave } from '../../types/schemas/childcare'
import type { AppDeps } from '../app-deps'
import { withTx, type Queryable } from '../db/pool'
import { AppError, invalid, notFound } from '../errors'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { isCadreOf } from '../unions/cadre-scope'
import { recordExport } from '../exports/audit'
import { exportUrl, verifyExportLink } from '../exports/export-link'
import { mayExportFullAtUnion } from '../exports/masking'
import { sendXlsx } from '../exports/send-xlsx'
import type { CatalogueCache } from './catalogue-cache'
import { findClass, insertClass, listClassesOfCadre, periodCounts, publishClass, updateDraftClass, type ClassRow } from './class-repo'
import { toAdminView } from './class-view'
import { getAttendance, getRoster, periodForCadre, saveAttendance } from './roster'
import { attendanceMarks, periodDays, rosterFile, rosterRow } from './roster-export'
import { uuidParam } from './routes'

const ROSTER_EXPORT_PATH = '/api/childcare/exports/roster.xlsx'

async function adminView(db: Queryable, c: ClassRow, now: Date): Promise<ClassAdminView> {
  return toAdminView(c, await periodCounts(db, [c.id]), now)
}

/** The class, if this cadre belongs to its union; 404 for anyone else. */
async function classForCadre(db: Queryable, id: string, userId: string): Promise<ClassRow> {
  const c = await findClass(db, id)
  if (!c || !(await isCadreOf(db, userId, c.union_id))) throw notFound('托班')
  return c
}

async function checkUnion(db: Queryable, userId: string, input: ClassSave): Promise<void> {
  if (!(await isCadreOf(db, userId, input.unionId))) throw invalid({ unionId: '只能为您所在的工会举办托班' })
}

export function childcareAdminRoutes(app: FastifyInstance, deps: AppDeps, cache: CatalogueCache): void {
  const { db } = deps

  app.get('/api/workbench/childcare/classes', async (request) => {
    const userId = await requireCadre(deps, request)
    const rows = await listClassesOfCadre(db, userId)
    const counts = await periodCounts(db, rows.map((c) => c.id))
    const now = deps.clock()
    return rows.map((c) => toAdminView(c, counts, now))
  })

  app.post('/api/workbench/childcare/classes', async (request, reply) => {
    const userId = await requireCadre(deps, request)
    const input = parse(classSchema, request.body)
    await checkUnion(db, userId, input)
    const id = await withTx(db, (tx) => insertClass(tx, userId, input, deps.clock()))
    const c = await findClass(db, id)
    return reply.status(201).send(await adminView(db, c!, deps.clock()))
  })

  app.get('/api/workbench/childcare/classes/:id', async (request) => {
    const userId = await requireCadre(deps, request)
    return adminView(db, await classForCadre(db, uuidParam(request.params, '托班'), userId), deps.clock())
  })

  app.put('/api/workbench/childcare/classes/:id', async (request) => {
    const userId = await requireCadre(deps, request)
    const id = uuidParam(request.params, '托班')
    await classForCadre(db, id, userId)
    const input = parse(classSchema, request.body)
    await checkUnion(db, userId, input)
    const updated = await withTx(db, (tx) => updateDraftClass(tx, id, input, deps.clock()))
    if (!updated) throw new AppError('CONFLICT', '托班已发布，不能再修改班期和报名规则')
    return adminView(db, (await findClass(db, id))!, deps.clock())
  })

  app.post('/api/workbench/childcare/classes/:id/publish', async (request) => {
    const userId = await requireCadre(deps, request)
    const c = await classForCadre(db, uuidParam(request.params, '托班'), userId)
    const now = deps.clock()
    if (c.published_at) throw new AppError('CONFLICT', '托班已经发布')
    if (c.closes_at <= now) throw invalid({ closesAt: '报名截止时间已过，请修改后再发布' })
    await publishClass(db, c.id, now)
    cache.invalidate()
    return adminView(db, (await findClass(db, c.id))!, now)
  })

  app.get('/api/workbench/childcare/periods/:id/roster', async (request) => {
    const userId = await requireCadre(deps, request)
    const periodId = uuidParam(request.params, '托班班期')
    return getRoster(db, periodId, await periodForCadre(db, periodId, userId), deps.clock())
  })

  app.get('/api/workbench/childcare/periods/:id/attendance/:date', async (request) => {
    const userId = await requireCadre(deps, request)
    const periodId = uuidParam(request.params, '托班班期')
    const { date } = parse(attendanceDateParam, request.params)
    return getAttendance(db, periodId, await periodForCadre(db, periodId, userId), date)
  })

  app.put('/api/workbench/childcare/periods/:id/attendance/:date', async (request) => {
    const userId = await requireCadre(deps, request)
    const periodId = uuidParam(request.params, '托班班期')
    const { date } = parse(attendanceDateParam, request.params)
    const owner = await periodForCadre(db, periodId, userId)
    await saveAttendance(db, periodId, owner, date, parse(attendanceSchema, request.body), userId, deps.clock())
    return getAttendance(db, periodId, owner, date)
  })

  app.post('/api/workbench/childcare/periods/:id/roster-export', async (request) => {
    const userId = await requireCadre(deps, request)
    const periodId = uuidParam(request.params, '托班班期')
    const owner = await periodForCadre(db, periodId, userId)
    const grant = { actorId: userId, kind: 'childcare_roster' as const, params: { period: periodId } }
    return {
      url: exportUrl(deps.config.fileUrlSecret, ROSTER_EXPORT_PATH, grant, deps.clock()),
      masked: !(await mayExportFullAtUnion(db, userId, owner.union_id))
    }
  })

  // Opened by a download link (no Authorization header): the signed link names the cadre, whose
  // right to the roster and to full phone numbers is checked again now.
  app.get(ROSTER_EXPORT_PATH, async (request, reply) => {
    const grant = verifyExportLink(deps.config.fileUrlSecret, 'childcare_roster', request.query, deps.clock())
    const periodId = uuidParam({ id: grant.params.period }, '托班班期')
    const owner = await periodForCadre(db, periodId, grant.actorId)
    const full = await mayExportFullAtUnion(db, grant.actorId, owner.union_id)
    const roster = await getRoster(db, periodId, owner, deps.clock())
    const marks = await attendanceMarks(db, periodId)
    const days = periodDays(owner.start_date, owner.end_date)
    await recordExport(db, {
      actorId: grant.actorId,
      action: 'export.childcare_roster',
      unionId: owner.union_id,
      detail: { periodId, classId: roster.classId, title: `${roster.classTitle} ${roster.period.name}`, masked: !full, rows: roster.entries.length }
    })
    return sendXlsx(reply, rosterFile(roster, days), async (addRow) => {
      for (const e of roster.entries) await addRow(rosterRow(e, days, marks.get(e.enrolmentId), full))
    })
  })
}
