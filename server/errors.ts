import type { ErrorCode } from '../types/errors'

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TRANSITION_NOT_ALLOWED: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  WECHAT_LOGIN_FAILED: 401,
  DEMO_LOGIN_DISABLED: 404,
  RATE_LIMITED: 429,
  SIGN_UP_REFUSED: 409,
  INTERNAL: 500
}

/** An error meant for the person using the app: stable code, Chinese message. */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    status?: number,
    readonly reason?: string
  ) {
    super(message)
    this.status = status ?? STATUS[code]
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或您无权查看`)
export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录')
export const invalid = (fields: Record<string, string>, message = '填写的内容有误，请检查后再提交') =>
  new AppError('VALIDATION_FAILED', message, fields)
