import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { findSessionUser } from '../auth/session-repo'
import type { Db } from '../db/pool'
import { unauthenticated } from '../errors'

export interface Auth {
  userId: string
  sessionId: string
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null
  }
}

/** Resolves `Authorization: Bearer <token>` into request.auth (null when absent or dead). */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('auth', null)
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    const match = header?.match(/^Bearer ([A-Za-z0-9_-]{20,100})$/)
    request.auth = match?.[1] ? ((await findSessionUser(opts.db, match[1])) ?? null) : null
  })
})

export function requireAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw unauthenticated()
  return request.auth
}
