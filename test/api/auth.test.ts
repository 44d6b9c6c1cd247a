import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { hashToken } from '../../server/auth/tokens'
import type { CurrentUser, SessionResponse } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { startWechatStub, type WechatStub } from './wechat-stub'

describe('WeChat login and sessions', () => {
  let ctx: TestContext
  let stub: WechatStub

  before(async () => {
    stub = await startWechatStub({
      'good-code': { openid: 'o-worker-1', session_key: 'sk-1' },
      'good-code-2': { openid: 'o-worker-1', session_key: 'sk-2' },
      'busy-code': { errcode: -1, errmsg: 'system error' },
      'fast-code': { errcode: 45011, errmsg: 'api minute-quota reach limit' },
      'risky-code': { errcode: 40226, errmsg: 'high risk user' }
    })
    ctx = await createTestContext({
      env: { WECHAT_APP_ID: 'wx-test-app', WECHAT_APP_SECRET: 'test-secret', WECHAT_API_BASE: stub.baseUrl },
      wechat: { appId: 'wx-test-app', appSecret: 'test-secret', apiBase: stub.baseUrl }
    })
  })
  after(async () => {
    await ctx.close()
    await stub.close()
  })

  const login = (payload: object) => ctx.request(undefined, { method: 'POST', url: '/api/auth/wechat', payload })

  it('exchanges the code server-side and issues an opaque token stored only as a hash', async () => {
    const r = await login({ code: 'good-code', openid: 'attacker-chosen' })
    assert.equal(r.statusCode, 200, r.body)
    const s = r.json() as SessionResponse
    assert.ok(s.token.length >= 43, 'at least 256 bits, base64url')
    const call = stub.calls.at(-1)!
    assert.equal(call.get('appid'), 'wx-test-app')
    assert.equal(call.get('secret'), 'test-secret')
    assert.equal(call.get('js_code'), 'good-code')
    assert.equal(call.get('grant_type'), 'authorization_code')
    const users = await ctx.db.query('SELECT openid, wechat_session_key FROM users WHERE id = $1', [s.user.id])
    assert.equal(users.rows[0].openid, 'o-worker-1', 'the openid comes from WeChat, never from the client')
    assert.equal(users.rows[0].wechat_session_key, 'sk-1')
    const stored = await ctx.db.query('SELECT token_hash FROM sessions WHERE user_id = $1', [s.user.id])
    assert.deepEqual(stored.rows[0].token_hash, hashToken(s.token))
    const raw = await ctx.db.query("SELECT count(*)::int AS n FROM sessions WHERE encode(token_hash, 'escape') LIKE $1", [`%${s.token}%`])
    assert.equal(raw.rows[0].n, 0)

    const me = await ctx.request(s.token, { method: 'GET', url: '/api/me' })
    assert.equal((me.json() as CurrentUser).id, s.user.id)
  })

  it('logging in again is the same person', async () => {
    const a = (await login({ code: 'good-code' })).json() as SessionResponse
    const b = (await login({ code: 'good-code-2' })).json() as SessionResponse
    assert.equal(a.user.id, b.user.id)
    assert.notEqual(a.token, b.token)
  })

  it('maps WeChat’s error codes to clear Chinese answers', async () => {
    const cases: [string, number, string][] = [
      ['used-code', 401, 'WECHAT_LOGIN_FAILED'],
      ['busy-code', 503, 'WECHAT_LOGIN_FAILED'],
      ['fast-code', 429, 'RATE_LIMITED'],
      ['risky-code', 403, 'FORBIDDEN']
    ]
    for (const [code, status, errCode] of cases) {
      const r = await login({ code })
      assert.equal(r.statusCode, status, code)
      const body = r.json() as ApiErrorBody
      assert.equal(body.error.code, errCode)
      assert.match(body.error.message, /[\u4e00-\u9fa5]/)
    }
    const missing = await login({})
    assert.equal(missing.statusCode, 400)
    assert.equal((missing.json() as ApiErrorBody).error.fields?.code, '缺少登录凭证')
  })

  it('reports an unreachable WeChat as 502, not a crash', async () => {
    const down = await createTestContext({ wechat: { appId: 'a', appSecret: 'b', apiBase: 'http://127.0.0.1:9' } })
    try {
      const r = await down.request(undefined, { method: 'POST', url: '/api/auth/wechat', payload: { code: 'x' } })
      assert.equal(r.statusCode, 502)
    } finally {
      await down.close()
    }
  })

  it('revokes on logout and refuses expired or made-up tokens', async () => {
    const s = (await login({ code: 'good-code' })).json() as SessionResponse
    assert.equal((await ctx.request(s.token, { method: 'POST', url: '/api/auth/logout' })).statusCode, 204)
    assert.equal((await ctx.request(s.token, { method: 'GET', url: '/api/me' })).statusCode, 401)

    const s2 = (await login({ code: 'good-code' })).json() as SessionResponse
    await ctx.db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [hashToken(s2.token)])
    assert.equal((await ctx.request(s2.token, { method: 'GET', url: '/api/me' })).statusCode, 401)
    assert.equal((await ctx.request('x'.repeat(43), { method: 'GET', url: '/api/me' })).statusCode, 401)
  })

  it('has no demo login when a WeChat secret is configured', async () => {
    assert.equal((await ctx.request(undefined, { method: 'GET', url: '/api/auth/demo-accounts' })).statusCode, 404)
    const r = await ctx.request(undefined, { method: 'POST', url: '/api/auth/demo', payload: { account: 'worker' } })
    assert.equal(r.statusCode, 404)
    assert.equal((r.json() as ApiErrorBody).error.code, 'DEMO_LOGIN_DISABLED')
  })
})
