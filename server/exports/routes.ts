// The workbench's 台账 exports. (The 托班 roster export lives with the roster, in
// server/childcare/admin-routes.ts, on the same link, masking and audit helpers.)
import type { FastifyInstance } from 'fastify'
import type { AppDeps } from '../app-deps'
import { legalCaseExportRoutes } from './legal-case-export-routes'
import { ticketExportRoutes } from './ticket-export-routes'

export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  ticketExportRoutes(app, deps)
  legalCaseExportRoutes(app, deps)
}
