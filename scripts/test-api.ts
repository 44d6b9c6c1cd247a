// API test launcher: one real PostgreSQL for the whole run (DATABASE_URL, or an embedded one),
// a migrated template database, and one database per test file cloned from it.
import { admin, withDatabase } from '../test/support/pg-admin'
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/db/embedded'
import { migrate } from '../server/db/migrate'
import { runNodeTests } from './run-node-tests'



async function main(): Promise<number> {
  let embedded: EmbeddedDatabase | undefined
  let adminUrl = process.env.DATABASE_URL
  const kind = adminUrl ? 'external' : 'embedded'
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: '.data/test-db',
      port: Number(process.env.TEST_PG_PORT ?? 54330),
      database: 'postgres'
    })
    adminUrl = embedded.adminConnectionString
  }
  const template = `nj_tpl_${process.pid}`
  process.stdout.write(`API tests on ${kind} PostgreSQL, template database ${template}\n`)
  try {
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${template}`))
    await migrate(withDatabase(adminUrl, template))
    // `npm run test:api -- test/api/x.test.ts` runs just those files.
    const only = process.argv.slice(2)
    return runNodeTests(only.length > 0 ? only : ['test/api'], {
      ...process.env,
      TEST_ADMIN_URL: adminUrl,
      TEST_TEMPLATE_DB: template,
      TEST_DB_KIND: kind,
      TEST_RUN_ID: String(process.pid)
    })
  } finally {
    await admin(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
        [template, `nj_t_${process.pid}_%`]
      )
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(r.datname)} WITH (FORCE)`)
    }).catch((err: Error) => process.stderr.write(`cleanup failed: ${err.message}\n`))
    await embedded?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`API test setup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  }
)
