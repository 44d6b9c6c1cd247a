// The real server (`node --import tsx server/main.ts`) as a child process on a free port, for
// benchmarks that measure it over real HTTP from another process. Its output is kept (last
// lines) and shown if it dies or fails to start.
import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from '../../support/free-port'

export interface BenchServer {
  base: string
  port: number
  child: ChildProcess
  /** SIGTERM (graceful: requests, pool, then exit), SIGKILL after 15 s. Idempotent. */
  stop(): Promise<void>
  output(): string
}

const running = new Set<ChildProcess>()
// Last resort if the benchmark itself dies without running its cleanup.
process.once('exit', () => {
  for (const c of running) c.kill('SIGKILL')
})

export async function startBenchServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...env
    }
  })
  running.add(child)
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    if (lines.length > 40) lines.splice(0, lines.length - 40)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    running.delete(child)
    resolve()
  }))
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    })()
    return stopping
  }
  const output = () => lines.join('\n')
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited while starting:\n${output()}`)
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false)
    if (ok) return { base, port, child, stop, output }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`server did not start in 60 s:\n${output()}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}
