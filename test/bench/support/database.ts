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



export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | undefined
  let adminUrl = process.env.DATABASE_URL
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-db', port: await freePort(), database: 'postgres' })
    adminUrl = embedded.adminConnectionString
    // This cluster is the benchmarks' own: a scratch database left by an interrupted run (Ctrl-C
    // reaches the embedded postmaster too, so it may stop before the drop) is dropped here.
    await admin(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'nj\\_bench\\_%'`)
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(r.datname)} WITH (FORCE)`)
    }).catch(async (err: unknown) => {
      await embedded?.stop()
      throw err
    })
  }
  const name = `nj_bench_${label}_${process.pid}`
  const url = withDatabase(adminUrl, name)
  let created = false
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    if (created) {
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)).catch((err: Error) =>
        process.stderr.write(`could not drop ${name}: ${err.message}\n`)
      )
    }
    await embedded?.stop().catch((err: unknown) => process.stderr.write(`could not stop embedded PostgreSQL: ${String(err)}\n`))
  }
  try {
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`))
    created = true
    await migrate(url)
  } catch (err) {
    await close()
    throw err
  }
  return { url, kind: embedded ? 'embedded' : 'external', close }
}
