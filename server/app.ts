// The app factory: builds a Fastify instance from its dependencies, without listening.
// The process entry (main.ts) and the tests both use it.
import multipart from '@fastify/multipart'
import Fastify, { type FastifyInstance } from 'fastify'
import type { HealthResponse } from '../types/api'
import type { AppDeps } from './app-deps'
import { authRoutes } from './auth/routes'
import { calendarRoutes } from './calendar/routes'
import { cannedReplyRoutes } from './canned-replies/routes'
import { childcareAdminRoutes } from './childcare/admin-routes'
import { createCatalogueCache } from './childcare/catalogue-cache'
import { childRoutes } from './childcare/child-routes'
import { legalAidAdminRoutes } from './legal-aid/admin-routes'
import { legalAidRoutes } from './legal-aid/routes'
import { childcareRoutes } from './childcare/routes'
import { deadlinePolicyRoutes } from './deadlines/routes'
import { exportRoutes } from './exports/routes'
import { authPlugin } from './http/auth'
import { installErrorHandling } from './http/error-handler'
import { createRateLimiter } from './http/rate-limit'
import { serveH5 } from './http/static-h5'
import { notificationRoutes } from './notifications/routes'
import { grievanceRoutes } from './tickets/grievance-routes'
import { ticketRoutes } from './tickets/ticket-routes'
import { workbenchRoutes } from './tickets/workbench-routes'
import { unionRoutes } from './unions/routes'
import { scopeRoutes } from './workbench/scope-routes'
import { dashboardRoutes } from './workbench/dashboard-routes'
import { MAX_UPLOAD_BYTES, uploadRoutes } from './uploads/routes'

export interface BuildOptions {
  logger?: boolean
  serveStatic?: boolean
}

export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: deps.config.logLevel } : false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 256 * 1024,
    return503OnClosing: true
  })
  installErrorHandling(app)
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } })
  await app.register(authPlugin, { db: deps.db })

  app.get('/api/health', async (): Promise<HealthResponse> => {
    await deps.db.query('SELECT 1')
    return { status: 'ok', db: deps.dbKind }
  })
  authRoutes(app, deps)
  unionRoutes(app, deps)
  uploadRoutes(app, deps)
  grievanceRoutes(app, deps)
  ticketRoutes(app, deps)
  workbenchRoutes(app, deps)
  scopeRoutes(app, deps)
  dashboardRoutes(app, deps)
  exportRoutes(app, deps)
  cannedReplyRoutes(app, deps)
  calendarRoutes(app, deps)
  deadlinePolicyRoutes(app, deps)
  notificationRoutes(app, deps)
  const cache = createCatalogueCache(deps.db, deps.config.catalogueCacheMs, deps.clock)
  childRoutes(app, deps)
  childcareRoutes(app, deps, { cache, limiter: createRateLimiter(deps.config.rateLimit) })
  childcareAdminRoutes(app, deps, cache)
  legalAidRoutes(app, deps)
  legalAidAdminRoutes(app, deps)
  if (opts.serveStatic !== false) await serveH5(app, deps.config.h5Dir)
  return app
}
