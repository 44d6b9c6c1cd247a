// 法律援助 for workers and lawyers: stations, open duty slots, requests, appointments, and the
// lawyer's case list. Case work itself goes through the ticket action endpoint.
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { bookAppointmentSchema, cancelAppointmentSchema, caseListQuerySchema, legalAidSubmitSchema, stationQuerySchema } from '../../types/schemas/legal-aid'
import type { AppDeps } from '../app-deps'
import { AppError, notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { PAGE_SIZE, urlSigner, workflowCtx } from '../tickets/routes-shared'
import { bookAppointment } from './book-appointment'
import { cancelAppointment } from './cancel-appointment'
import { listLawyerCases } from './case-list'
import { openSlots } from './slot-repo'
import { findStation, listStations, myStations } from './station-repo'
import { submitLegalAid } from './submit-legal-aid'

export function idParam(params: unknown, what: string): string {
  const r = z.object({ id: z.uuid() }).safeParse(params)
  if (!r.success) throw notFound(what)
  return r.data.id
}

export function legalAidRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sign = urlSigner(deps)
  const ctx = workflowCtx(deps)

  app.get('/api/legal-aid/stations', async (request) => {
    const { userId } = requireAuth(request)
    return listStations(deps.db, userId, parse(stationQuerySchema, request.query))
  })

  app.get('/api/legal-aid/stations/:id/open-slots', async (request) => {
    requireAuth(request)
    const station = await findStation(deps.db, idParam(request.params, '法律援助站'))
    if (!station) throw notFound('法律援助站')
    return openSlots(deps.db, station.id, await deps.calendar.load(deps.db), deps.clock())
  })

  app.post('/api/legal-aid/requests', async (request, reply) => {
    const { userId } = requireAuth(request)
    const input = parse(legalAidSubmitSchema, request.body)
    const { ticket, created } = await submitLegalAid(ctx, userId, input, sign)
    return reply.status(created ? 201 : 200).send(ticket)
  })

  app.post('/api/legal-aid/appointments', async (request, reply) => {
    const { userId } = requireAuth(request)
    const { appointment, created } = await bookAppointment(ctx, userId, parse(bookAppointmentSchema, request.body))
    return reply.status(created ? 201 : 200).send(appointment)
  })

  app.post('/api/legal-aid/appointments/:id/cancel', async (request) => {
    const { userId } = requireAuth(request)
    const id = idParam(request.params, '预约')
    const { reason } = parse(cancelAppointmentSchema, request.body)
    return cancelAppointment(ctx, userId, id, reason)
  })

  app.get('/api/legal-aid/cases', async (request) => {
    const { userId } = requireAuth(request)
    const q = parse(caseListQuerySchema, request.query)
    const { rowCount } = await deps.db.query('SELECT 1 FROM station_lawyers WHERE user_id = $1 AND active', [userId])
    if (!rowCount) throw new AppError('FORBIDDEN', '律师工作台仅限援助站律师使用')
    return listLawyerCases(deps.db, userId, { scope: q.scope, open: q.open === 'true', cursor: q.cursor }, PAGE_SIZE, deps.clock())
  })

  app.get('/api/legal-aid/my-stations', async (request) => {
    const { userId } = requireAuth(request)
    return myStations(deps.db, userId)
  })
}
