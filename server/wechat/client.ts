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

export interface WechatClient {
  code2Session(code: string): Promise<{ openid: string; sessionKey: string }>
}

export function createWechatClient(cfg: WechatConfig, timeoutMs = 5000): WechatClient {
  return {
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
