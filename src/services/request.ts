// The one place the app talks HTTP. Every endpoint function in src/services goes through
// `request` (or `uploadPhoto`), which adds the session token and turns every failure into an
// ApiError with a Chinese message that can be shown as is.
import Taro from '@tarojs/taro'
import type { ApiErrorBody, ErrorCode } from '../../types/errors'
import { clearSession, getToken } from './session'

export type ClientErrorCode = ErrorCode | 'NETWORK'

export const NETWORK_MESSAGE = '网络不给力，请稍后重试'
const FALLBACK_MESSAGE = '服务暂时不可用，请稍后重试'
const TIMEOUT_MS = 20_000

export class ApiError extends Error {
  readonly code: ClientErrorCode
  readonly status: number
  /** Field path → Chinese message (400 VALIDATION_FAILED). */
  readonly fields: Record<string, string>

  constructor(code: ClientErrorCode, message: string, status = 0, fields: Record<string, string> = {}) {
    super(message)
    // Keep `instanceof` working where classes are compiled down to ES5.
    Object.setPrototypeOf(this, ApiError.prototype)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.fields = fields
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError
}

/** A message fit for a toast, whatever was thrown. */
export function errorMessage(err: unknown): string {
  return isApiError(err) ? err.message : FALLBACK_MESSAGE
}

/** `/api` on H5 (same origin as the server); the configured HTTPS origin + `/api` on weapp. */
export function apiBase(): string {
  if (process.env.TARO_ENV === 'h5') return '/api'
  return `${(process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')}/api`
}

/**
 * File URLs from the server are paths (`/api/files/…?exp=…&sig=…`). H5 is served from the same
 * origin and can use them as they are; a mini-program <Image> needs the full HTTPS address.
 */
export function resolveFileUrl(url: string): string {
  return process.env.TARO_ENV === 'h5' ? url : absoluteUrl(url, process.env.TARO_APP_API_BASE ?? '')
}

/** `url` against `origin` unless it already names a scheme. */
export function absoluteUrl(url: string, origin: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  return `${origin.replace(/\/+$/, '')}${url.startsWith('/') ? '' : '/'}${url}`
}

let onUnauthenticated: (() => void) | null = null

/** Called (after the session is cleared) whenever the server says the token is no good. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler
}

export function authHeader(): Record<string, string> {
  const token = getToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const e = (value as { error?: unknown }).error
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data
  if (data === '') return undefined
  try {
    return JSON.parse(data) as unknown
  } catch {
    return data
  }
}

/**
 * Turn a non-2xx response into an ApiError. 401 also clears the stored session and tells the
 * app (which sends the person to login).
 */
export function toApiError(status: number, data: unknown): ApiError {
  const body = parseJson(data)
  const err = isErrorBody(body)
    ? new ApiError(body.error.code, body.error.message, status, body.error.fields ?? {})
    : new ApiError(status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', status === 401 ? '请先登录' : FALLBACK_MESSAGE, status)
  if (status === 401) {
    clearSession()
    onUnauthenticated?.()
  }
  return err
}

export type Query = Record<string, string | undefined>

export function buildUrl(path: string, query?: Query): string {
  const parts = Object.entries(query ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
  return `${apiBase()}${path}${parts.length ? `?${parts.join('&')}` : ''}`
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export async function request<T>(method: Method, path: string, options: { data?: object; query?: Query } = {}): Promise<T> {
  const isGet = method === 'GET'
  let res: { statusCode: number; data: unknown }
  try {
    res = await Taro.request({
      url: buildUrl(path, options.query),
      method,
      // The server refuses a JSON content type with an empty body, so writes always send one.
      data: isGet ? undefined : (options.data ?? {}),
      header: isGet ? authHeader() : { 'Content-Type': 'application/json', ...authHeader() },
      dataType: 'json',
      timeout: TIMEOUT_MS
    })
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE)
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return parseJson(res.data) as T
  throw toApiError(res.statusCode, res.data)
}
