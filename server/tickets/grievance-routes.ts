import type { FastifyInstance } from 'fastify'
import { grievanceSubmitSchema } from '../../types/schemas/grievance'
import type { AppDeps } from '../app-deps'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { urlSigner, workflowCtx } from './routes-shared'
import { submitGrievance } from './submit-grievance'

export function grievanceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sign = urlSigner(deps)
  app.post('/api/grievances', async (request, reply) => {
    const { userId } = requireAuth(request)
    const input = parse(grievanceSubmitSchema, request.body)
    const { ticket, created } = await submitGrievance(workflowCtx(deps), userId, input, sign)
    return reply.status(created ? 201 : 200).send(ticket)
  })
}
