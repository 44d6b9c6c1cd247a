// Running a station: its duty roster and lawyers (cadres of the station's union; its lawyers
// may read), and the figures for a union's subtree (its cadres and those above).
import type { FastifyInstance } from 'fastify'
import type { DutySlot } from '../../types/api-legal-aid'
import { dutySlotSchema, statsQuerySchema } from '../../types/schemas/legal-aid'
import type { AppDeps } from '../app-deps'
import { AppError, invalid, notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { coversUnion } from '../unions/cadre-scope'
import { findUnion } from '../unions/union-repo'
import { listStationLawyers, stationLawyer } from './case-repo'
import { idParam } from './routes'
import { findLiveSlot, insertSlot, listSlots, removeSlot } from './slot-repo'
import { stationRole } from './station-repo'
import { legalAidStats } from './stats'

export function legalAidAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps

  async function station(userId: string, params: unknown, need: 'read' | 'manage'): Promise<string> {
    const id = idParam(params, '法律援助站')
    const role = await stationRole(db, userId, id)
    if (!role) throw notFound('法律援助站')
    if (need === 'manage' && role !== 'cadre') throw new AppError('FORBIDDEN', '只有援助站所在工会的干部可以调整值班表')
    return id
  }

  app.get('/api/legal-aid/stations/:id/slots', async (request) => {
    const { userId } = requireAuth(request)
    return listSlots(db, await station(userId, request.params, 'read'))
  })

  app.get('/api/legal-aid/stations/:id/lawyers', async (request) => {
    const { userId } = requireAuth(request)
    return listStationLawyers(db, await station(userId, request.params, 'read'))
  })

  app.post('/api/legal-aid/stations/:id/slots', async (request, reply) => {
    const { userId } = requireAuth(request)
    const stationId = await station(userId, request.params, 'manage')
    const input = parse(dutySlotSchema, request.body)
    if (!(await stationLawyer(db, stationId, input.lawyerId))) throw invalid({ lawyerId: '请选择本援助站的律师' })
    const id = await insertSlot(db, stationId, input)
    const slot: DutySlot | undefined = await findLiveSlot(db, id)
    return reply.status(201).send(slot)
  })

  app.delete('/api/legal-aid/slots/:id', async (request, reply) => {
    const { userId } = requireAuth(request)
    const slot = await findLiveSlot(db, idParam(request.params, '值班时段'))
    if (!slot) throw notFound('值班时段')
    await station(userId, { id: slot.stationId }, 'manage')
    if (!(await removeSlot(db, slot.id, deps.clock()))) throw new AppError('CONFLICT', '该时段还有未到期的预约，请先与职工沟通并取消预约')
    return reply.status(204).send()
  })

  app.get('/api/legal-aid/stats', async (request) => {
    const { userId } = requireAuth(request)
    const q = parse(statsQuerySchema, request.query)
    const union = await findUnion(db, q.unionId)
    if (!union || !(await coversUnion(db, userId, union.id))) throw notFound('工会')
    if (q.from && q.to && q.from > q.to) throw invalid({ to: '结束日期不能早于开始日期' })
    return legalAidStats(db, { id: union.id, name: union.name }, { from: q.from ?? null, to: q.to ?? null })
  })
}
