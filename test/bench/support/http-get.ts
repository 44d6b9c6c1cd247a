// GET with a bearer token over a keep-alive agent, timed from request to last byte: what a
// client of the API waits for. No retries: a failure is the benchmark's to report.
import http from 'node:http'
import { performance } from 'node:perf_hooks'

export interface Answer {
  status: number
  body: string
  ms: number
}

export function httpGet(agent: http.Agent, port: number, path: string, token: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.request({ agent, host: '127.0.0.1', port, method: 'GET', path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** The q-quantile (nearest rank) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** p50 / p95 / max of unsorted latencies, for detail lines. */
export function summary(ms: readonly number[]): string {
  const s = [...ms].sort((a, b) => a - b)
  return `n=${s.length} p50=${percentile(s, 0.5).toFixed(1)}ms p95=${percentile(s, 0.95).toFixed(1)}ms max=${(s[s.length - 1] ?? Number.NaN).toFixed(1)}ms`
}
