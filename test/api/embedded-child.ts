// Helper process for embedded-postgres.test.ts: starts the database, commits a row, says READY
// and waits to be killed.
import pg from 'pg'
import { startEmbeddedPostgres } from '../../server/db/embedded'

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2)
  const db = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port) })
  const c = new pg.Client({ connectionString: db.connectionString })
  await c.connect()
  await c.query('CREATE TABLE survival (note text)')
  await c.query("INSERT INTO survival VALUES ('committed before the crash')")
  await c.end()
  process.stdout.write('READY\n')
  setInterval(() => undefined, 1000)
}
void main()
