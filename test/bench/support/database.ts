// A scratch, migrated database for one benchmark: created in DATABASE_URL's server when set,
// else in an embedded PostgreSQL (data in .data/bench-db, on a free port). `close()` drops the
// database and stops the embedded server; it is safe to call more than once.
import { admin, withDatabase } from '../../support/pg-admin'
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../server/db/embedded'
import { migrate } from '../../../server/db/migrate'
import { freePort } from '../../support/free-port'

export interface BenchDatabase {
  url: string
  kind: 'external' | 'embedded'
  close(): Promise<void>
}

/** Where a benchmark's scratch database goes, before it exists: the server to create it in
 * (embedded unless DATABASE_URL), its name and URL, and a `close()` that drops it once
 * `created()` was called and stops the embedded server. */
export interface ScratchTarget {
  adminUrl: string
  kind: BenchDatabase['kind']
  name: string
  url: string
  created(): void
  close(): Promise<void>
}

export async function scratchTarget(label: string): Promise<ScratchTarget> {
  let embedded: EmbeddedDatabase | undefined
  let adminUrl = process.env.DATABASE_URL
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-db', port: await freePort(), database: 'postgres' })
    adminUrl = embedded.adminConnectionString
  }
  const url0 = adminUrl
  const name = `nj_bench_${label}_${process.pid}`
  let created = false
  let closed = false
  return {
    adminUrl,
    kind: embedded ? 'embedded' : 'external',
    name,
    url: withDatabase(adminUrl, name),
    created: () => {
      created = true
    },
    close: async () => {
      if (closed) return
      closed = true
      if (created) {
        await admin(url0, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)).catch((err: Error) =>
          process.stderr.write(`could not drop ${name}: ${err.message}\n`)
        )
      }
      await embedded?.stop().catch((err: unknown) => process.stderr.write(`could not stop embedded PostgreSQL: ${String(err)}\n`))
    }
  }
}

/** Drops the databases named like `like` (scratch copies an interrupted run left behind). */
export async function dropDatabases(adminUrl: string, like: string): Promise<void> {
  await admin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [like])
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(r.datname)} WITH (FORCE)`)
  })
}

export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  const target = await scratchTarget(label)
  try {
    // This cluster is the benchmarks' own: a scratch database left by an interrupted run (Ctrl-C
    // reaches the embedded postmaster too, so it may stop before the drop) is dropped here.
    if (target.kind === 'embedded') await dropDatabases(target.adminUrl, 'nj\\_bench\\_%')
    await admin(target.adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(target.name)}`))
    target.created()
    await migrate(target.url)
  } catch (err) {
    await target.close()
    throw err
  }
  return { url: target.url, kind: target.kind, close: target.close }
}
