// Helpers for launchers that create and drop whole databases (API tests, benchmarks).
import pg from 'pg'

/** The same server URL pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/** Run `fn` on a short-lived client of `url` (CREATE/DROP DATABASE cannot use a pool transaction). */
export async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}
