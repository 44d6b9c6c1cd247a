// 节假日安排: the calendar status every cadre sees (with the missing-year warning) and the
// overrides province/city admins enter from the State Council's notice.
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { CalendarStatus } from '../../types/api'
import { calendarOverrideSchema } from '../../types/schemas/workflow-admin'
import type { AppDeps } from '../app-deps'
import { isCalendarAdmin } from '../auth/user-repo'
import { withTx } from '../db/pool'
import { AppError, notFound } from '../errors'
import { parse } from '../http/parse'
import { requireCadre } from '../http/require-cadre'
import { HOLIDAY_WARNING_DAYS } from './calendar-service'
import { confirmYear, listConfirmedYears, listOverrides, putOverride, removeOverride, unconfirmYear } from './calendar-repo'

const dateParam = z.object({ date: calendarOverrideSchema.shape.date })
const yearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) })

export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps

  async function status(userId: string): Promise<CalendarStatus> {
    const overrides = await listOverrides(db)
    const confirmedYears = await listConfirmedYears(db)
    const cal = deps.calendar.with(overrides, confirmedYears.map((y) => y.year))
    return { missingYears: cal.missingYears(deps.clock(), HOLIDAY_WARNING_DAYS), overrides, confirmedYears, canEdit: await isCalendarAdmin(db, userId) }
  }

  async function requireAdmin(userId: string): Promise<void> {
    if (!(await isCalendarAdmin(db, userId))) throw new AppError('FORBIDDEN', '节假日安排由省、市总工会管理员录入')
  }

  app.get('/api/workbench/calendar', async (request) => status(await requireCadre(deps, request)))

  app.post('/api/workbench/calendar/overrides', async (request) => {
    const userId = await requireCadre(deps, request)
    await requireAdmin(userId)
    const input = parse(calendarOverrideSchema, request.body)
    await withTx(db, (tx) => putOverride(tx, { ...input, userId }))
    return status(userId)
  })

  app.delete('/api/workbench/calendar/overrides/:date', async (request) => {
    const userId = await requireCadre(deps, request)
    await requireAdmin(userId)
    const p = dateParam.safeParse(request.params)
    if (!p.success || !(await removeOverride(db, p.data.date, userId))) throw notFound('这一天的录入')
    return status(userId)
  })

  app.post('/api/workbench/calendar/years/:year/confirm', async (request) => {
    const userId = await requireCadre(deps, request)
    await requireAdmin(userId)
    const p = yearParam.safeParse(request.params)
    if (!p.success) throw notFound('年份')
    await confirmYear(db, p.data.year, userId)
    return status(userId)
  })

  app.delete('/api/workbench/calendar/years/:year/confirm', async (request) => {
    const userId = await requireCadre(deps, request)
    await requireAdmin(userId)
    const p = yearParam.safeParse(request.params)
    if (!p.success || !(await unconfirmYear(db, p.data.year))) throw notFound('该年份的确认')
    return status(userId)
  })
}
