import type { z } from 'zod'

/** Turn a zod error into field path → first Chinese message, for forms and 400 bodies. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_'
    // A bad record key (zod's invalid_key) carries our message on its nested issue.
    const nested = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined
    // A body that is not even an object gets zod's English default; say it in Chinese.
    const whole = issue.path.length === 0 && issue.code === 'invalid_type' ? '请求内容格式不正确' : undefined
    if (!(key in out)) out[key] = nested ?? whole ?? issue.message
  }
  return out
}
