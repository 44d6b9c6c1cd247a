// Per-user token buckets against scripted tapping: a burst, then one more every refill
// interval. Kept in each process's memory — behind a load balancer each replica allows the
// burst, which still stops a script while costing the database nothing on the hot path.
import { AppError } from '../errors'

export interface RateLimiter {
  /** Throws 429 when `key` has no token left. */
  take(key: string): void
}

const MAX_KEYS = 50_000

export function createRateLimiter(opts: { burst: number; refillMs: number }, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const refill = (b: { tokens: number; at: number }, t: number) => {
    const gained = (t - b.at) / opts.refillMs
    return { tokens: Math.min(opts.burst, b.tokens + gained), at: t }
  }
  return {
    take(key) {
      const t = now()
      const b = refill(buckets.get(key) ?? { tokens: opts.burst, at: t }, t)
      if (b.tokens < 1) {
        const wait = Math.ceil(((1 - b.tokens) * opts.refillMs) / 1000)
        buckets.set(key, b)
        throw new AppError('RATE_LIMITED', `操作太频繁，请 ${wait} 秒后再试`)
      }
      buckets.set(key, { tokens: b.tokens - 1, at: t })
      if (buckets.size > MAX_KEYS) {
        // Forget buckets that have refilled completely; they hold no information.
        for (const [k, v] of buckets) if (refill(v, t).tokens >= opts.burst) buckets.delete(k)
      }
    }
  }
}
