// Runs node:test over every *.test.ts under the given folders (Node 20 has no --test globs).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

export function findTests(dir: string): string[] {
  if (dir.endsWith('.test.ts')) return [dir]
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f))
    .sort()
}

export function runNodeTests(dirs: string[], env: NodeJS.ProcessEnv = process.env, concurrency = 2): number {
  const files = dirs.flatMap(findTests)
  if (files.length === 0) {
    process.stderr.write(`no tests found under ${dirs.join(', ')}\n`)
    return 1
  }
  // --test-force-exit: once a file's tests have finished, a handle some library left open (seen:
  // a pg-boss pool after stop() under load) must not keep the whole run waiting.
  const args = ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...files]
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env })
  return r.status ?? 1
}

if (require.main === module) {
  process.exit(runNodeTests(process.argv.slice(2)))
}
