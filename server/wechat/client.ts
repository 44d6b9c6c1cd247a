// Every call to WeChat's servers goes through here, at a configurable base URL, so tests
// point it at a stub on 127.0.0.1 and real WeChat is never called from a test.
import { AppError } from '../errors'

export interface WechatConfig {
  appId: string
  appSecret: string
  apiBase: string
}

interface Code2SessionReply {
  openid?: string
  session_key?: string
  unionid?: string
  errcode?: number
  errmsg?: string
}

export interface SubscribeSend {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

/** An error answer from a WeChat server API, with its errcode (e.g. 43101: the user has no
 * consent left for this template, which no retry can fix). */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    message: string
  ) {
    super(`wechat ${errcode}: ${message}`)
  }
}

export interface WechatClient {
  code2Session(code: string): Promise<{ openid: string; sessionKey: string }>
  sendSubscribeMessage(msg: SubscribeSend): Promise<void>
}

interface ApiReply {
  errcode?: number
  errmsg?: string
}

/** Errors after which a fresh access token is worth a try. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001])

async function postJson<T extends ApiReply>(url: URL, body: unknown, timeoutMs: number): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs)
  })
  if (!res.ok) throw new Error(`wechat http ${res.status}`)
  return (await res.json()) as T
}

export function createWechatClient(cfg: WechatConfig, timeoutMs = 5000): WechatClient {
  // stable_token does not invalidate other replicas' tokens, so each process may keep its own.
  let token: { value: string; expiresAt: number } | undefined
  async function accessToken(): Promise<string> {
    if (token && token.expiresAt > Date.now()) return token.value
    const reply = await postJson<ApiReply & { access_token?: string; expires_in?: number }>(
      new URL('/cgi-bin/stable_token', cfg.apiBase),
      { grant_type: 'client_credential', appid: cfg.appId, secret: cfg.appSecret, force_refresh: false },
      timeoutMs
    )
    if (reply.errcode || !reply.access_token) throw new WechatApiError(reply.errcode ?? -1, reply.errmsg ?? 'no access_token')
    token = { value: reply.access_token, expiresAt: Date.now() + Math.max(60, (reply.expires_in ?? 7200) - 300) * 1000 }
    return token.value
  }

  return {
    async sendSubscribeMessage(msg) {
      const url = new URL('/cgi-bin/message/subscribe/send', cfg.apiBase)
      url.search = new URLSearchParams({ access_token: await accessToken() }).toString()
      const reply = await postJson<ApiReply>(
        url,
        { touser: msg.touser, template_id: msg.templateId, page: msg.page, data: msg.data, lang: 'zh_CN' },
        timeoutMs
      )
      if (reply.errcode) {
        if (TOKEN_ERRORS.has(reply.errcode)) token = undefined
        throw new WechatApiError(reply.errcode, reply.errmsg ?? '')
      }
    },

    async code2Session(code) {
      const url = new URL('/sns/jscode2session', cfg.apiBase)
      url.search = new URLSearchParams({ appid: cfg.appId, secret: cfg.appSecret, js_code: code, grant_type: 'authorization_code' }).toString()
      let reply: Code2SessionReply
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
        reply = (await res.json()) as Code2SessionReply
      } catch {
        throw new AppError('WECHAT_LOGIN_FAILED', '暂时连不上微信服务，请稍后重试', undefined, 502)
      }
      if (reply.errcode === 40029 || reply.errcode === 40163) {
        throw new AppError('WECHAT_LOGIN_FAILED', '登录凭证无效或已使用，请重新打开小程序')
      }
      if (reply.errcode === 45011) throw new AppError('RATE_LIMITED', '登录太频繁，请稍后再试')
      if (reply.errcode === 40226) throw new AppError('FORBIDDEN', '该微信账号存在风险，暂时无法登录')
      if (reply.errcode === -1) throw new AppError('WECHAT_LOGIN_FAILED', '微信系统繁忙，请稍后重试', undefined, 503)
      if (reply.errcode || !reply.openid || !reply.session_key) {
        throw new AppError('WECHAT_LOGIN_FAILED', '微信登录失败，请稍后重试', undefined, 502)
      }
      return { openid: reply.openid, sessionKey: reply.session_key }
    }
  }
}
