import type { FastifyInstance } from 'fastify'
import type { ClassAdminView } from '../../types/api-childcare'
import { attendanceDateParam, attendanceSchema, classSchema, type ClassSave } from '../../types/schemas/childcare'
import type { AppDeps } from '../app-deps'
import { withTx, type Queryable } from '../db/pool'
import { AppError, invalid, notFound } from '../errors'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { isCadreOf } from '../unions/cadre-scope'
import { signedUrl, verifyFileSignature } from '../uploads/signed-url'
import type { CatalogueCache } from './catalogue-cache'
import { findClass, insertClass, listClassesOfCadre, periodCounts, publishClass, updateDraftClass, type ClassRow } from './class-repo'
import { toAdminView } from './class-view'
import { findPeriodOwner, getAttendance, getRoster, periodForCadre, rosterSheet, saveAttendance } from './roster'
import { uuidParam } from './routes'
import { writeXlsx } from './xlsx'

const EXPORT_TTL_SECONDS = 600

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
    await periodForCadre(db, periodId, userId)
    return { url: signedUrl(deps.config.fileUrlSecret, EXPORT_TTL_SECONDS, `/api/childcare/exports/${periodId}`, `roster:${periodId}`) }
  })

  // Opened by a download link (no Authorization header), so the signed URL is the permission.
  app.get('/api/childcare/exports/:id', async (request, reply) => {
    const periodId = uuidParam(request.params, '导出文件')
    const q = request.query as { exp?: string; sig?: string }
    if (!q.sig || !verifyFileSignature(deps.config.fileUrlSecret, `roster:${periodId}`, Number(q.exp), q.sig)) {
      throw new AppError('FORBIDDEN', '下载链接已失效，请回到名单页重新导出')
    }
    const owner = await findPeriodOwner(db, periodId)
    if (!owner) throw notFound('托班班期')
    const roster = await getRoster(db, periodId, owner, deps.clock())
    const name = `${roster.classTitle}-${roster.period.name}-名单.xlsx`
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(writeXlsx(roster.period.name, rosterSheet(roster))))
  })
}
