// Browser journey runner: builds the H5 app if needed, starts the real server (embedded
// PostgreSQL in a throwaway data folder) exactly as `npm start` would, runs the journeys in
// Debian's chromium, then stops the server with SIGTERM and checks it shut down cleanly.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runNodeTests } from '../../scripts/run-node-tests'
import { freePort } from '../support/free-port'

const root = path.resolve(__dirname, '..', '..')

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const r = await fetch(`${url}/api/health`)
      if (r.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms`)
}

/** Why the H5 build must be (re)made before testing it, or '' when it is current. */
function staleH5(): string {
  const index = path.join(root, 'dist/h5/index.html')
  if (!existsSync(index)) return 'not built yet'
  const built = statSync(index).mtimeMs
  for (const dir of ['src', 'types', 'config']) {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && statSync(path.join(entry.parentPath, entry.name)).mtimeMs > built) return 'sources changed since the last build'
    }
  }
  return ''
}

async function main(): Promise<number> {
  const stale = staleH5()
  if (stale) {
    process.stdout.write(`e2e: building the H5 app first (${stale})\n`)
    const b = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (b.status !== 0) return b.status ?? 1
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nj-e2e-'))
  const port = await freePort()
  const pgPort = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', JOBS_ENABLED: 'true' }
  })
  const exited = new Promise<number | null>((r) => server.on('exit', (code) => r(code)))
  let status = 1
  try {
    await waitForHealth(baseUrl, 90_000)
    // The journeys may read the database to move a date the real clock cannot (see childcare).
    const { password } = JSON.parse(readFileSync(path.join(dataDir, 'postgres-credentials.json'), 'utf8')) as { password: string }
    const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/niangjia`
    // `npm run test:e2e -- test/e2e/x.test.ts` runs one journey; every journey otherwise.
    const only = process.argv.slice(2)
    status = runNodeTests(only.length > 0 ? only : ['test/e2e'], { ...process.env, E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: databaseUrl }, 1)
  } finally {
    server.kill('SIGTERM')
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))])
    if (code !== 0) {
      process.stderr.write(`e2e: server did not shut down cleanly on SIGTERM (exit ${String(code)})\n`)
      server.kill('SIGKILL')
      status = status || 1
    } else {
      process.stdout.write('e2e: server shut down cleanly on SIGTERM\n')
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  return status
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`e2e failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  }
)
