import type { FastifyInstance } from 'fastify'
import type { SessionResponse } from '../../types/api'
import { demoLoginSchema, wechatLoginSchema } from '../../types/schemas/auth'
import type { AppDeps } from '../app-deps'
import { AppError, unauthenticated } from '../errors'
import { requireAuth } from '../http/auth'
import { parse } from '../http/parse'
import { createSession, revokeSession } from './session-repo'
import { findDemoUser, listDemoAccounts, loadCurrentUser, upsertWechatUser } from './user-repo'

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps

  async function issueSession(userId: string): Promise<SessionResponse> {
    const { token, expiresAt } = await createSession(db, userId, config.sessionTtlDays)
    const user = await loadCurrentUser(db, userId)
    if (!user) throw unauthenticated()
    return { token, expiresAt: expiresAt.toISOString(), user }
  }

  const demoDisabled = () => new AppError('DEMO_LOGIN_DISABLED', '演示登录未开启')

  app.post('/api/auth/wechat', async (request) => {
    const { code } = parse(wechatLoginSchema, request.body)
    if (!deps.wechat) throw new AppError('WECHAT_LOGIN_FAILED', '服务器未配置微信登录，请使用演示登录', undefined, 400)
    const { openid, sessionKey } = await deps.wechat.code2Session(code)
    return issueSession(await upsertWechatUser(db, openid, sessionKey))
  })

  app.get('/api/auth/demo-accounts', async () => {
    if (!config.demoLogin) throw demoDisabled()
    return listDemoAccounts(db)
  })

  app.post('/api/auth/demo', async (request) => {
    if (!config.demoLogin) throw demoDisabled()
    const { account } = parse(demoLoginSchema, request.body)
    const userId = await findDemoUser(db, account)
    if (!userId) throw new AppError('VALIDATION_FAILED', '演示账号不存在', { account: '演示账号不存在' })
    return issueSession(userId)
  })

  app.post('/api/auth/logout', async (request, reply) => {
    const auth = requireAuth(request)
    await revokeSession(db, auth.sessionId)
    return reply.status(204).send()
  })

  app.get('/api/me', async (request) => {
    const auth = requireAuth(request)
    const user = await loadCurrentUser(db, auth.userId)
    if (!user) throw unauthenticated()
    return user
  })
}
