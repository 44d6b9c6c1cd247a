// Stable error codes shared by server and app. Messages shown to people are Chinese.
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TRANSITION_NOT_ALLOWED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'WECHAT_LOGIN_FAILED',
  'DEMO_LOGIN_DISABLED',
  'RATE_LIMITED',
  'SIGN_UP_REFUSED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  error: {
    code: ErrorCode
    message: string
    /** Field path → Chinese message, for form errors. */
    fields?: Record<string, string>
    /** A machine-readable reason within the code (e.g. which 托班 rule refused a sign-up). */
    reason?: string
  }
}
