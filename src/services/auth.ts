import Taro from '@tarojs/taro'
import type { CurrentUser, DemoAccount, SessionResponse } from '../../types/api'
import { ApiError, request } from './request'
import { clearSession, saveSession, saveUser } from './session'

/** Demo accounts, or null when demo login is switched off on this server. */
export async function fetchDemoAccounts(): Promise<DemoAccount[] | null> {
  try {
    return await request<DemoAccount[]>('GET', '/auth/demo-accounts')
  } catch (err) {
    if (err instanceof ApiError && err.code === 'DEMO_LOGIN_DISABLED') return null
    throw err
  }
}

/** Both logins answer with a session, which the device keeps. */
async function startSession(path: string, data: Record<string, string>): Promise<SessionResponse> {
  const session = await request<SessionResponse>('POST', path, { data })
  saveSession(session)
  return session
}

export function loginWithDemo(account: string): Promise<SessionResponse> {
  return startSession('/auth/demo', { account })
}

/** wx.login's single-use code (valid five minutes): all the server needs to identify a person. */
export async function getWechatLoginCode(): Promise<string> {
  try {
    const { code } = await Taro.login()
    if (code) return code
  } catch {
    // fall through
  }
  throw new ApiError('WECHAT_LOGIN_FAILED', '微信登录失败，请稍后重试')
}

export function loginWithWechat(code: string): Promise<SessionResponse> {
  return startSession('/auth/wechat', { code })
}

/** Ends the session on the server when possible; the device forgets it in any case. */
export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/auth/logout')
  } finally {
    clearSession()
  }
}

export async function fetchMe(): Promise<CurrentUser> {
  const user = await request<CurrentUser>('GET', '/me')
  saveUser(user)
  return user
}
