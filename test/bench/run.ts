// `npm run bench`: runs every benchmark in test/bench (each *.ts file here except this runner;
// helpers live in sub-folders) one after another, each in its own Node process so one cannot
// warm up or slow down the next, and passes their output through. Benchmarks print their
// figures; they exit non-zero only when a correctness check fails, never for speed.
// `npm run bench -- booking` runs only the files whose name contains "booking".
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const dir = __dirname
const self = path.basename(__filename)
const only = process.argv.slice(2)

const files = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.ts') && d.name !== self && !d.name.endsWith('.d.ts'))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort()

let current: ReturnType<typeof spawn> | undefined
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // The benchmark cleans up after itself on these; wait for it instead of dying first.
  process.on(signal, () => {
    interrupted = true
    current?.kill(signal)
  })
}

function runOne(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' })
    current = child
    child.once('error', (err) => {
      process.stderr.write(`bench ${file}: ${err.message}\n`)
      resolve(1)
    })
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function main(): Promise<number> {
  if (files.length === 0) {
    process.stderr.write(`no benchmark matches ${only.join(' ')}\n`)
    return 1
  }
  const failed: string[] = []
  for (const file of files) {
    if (interrupted) break
    const code = await runOne(file)
    if (code !== 0) failed.push(`${file} (exit ${code})`)
  }
  if (failed.length) process.stderr.write(`bench failed: ${failed.join(', ')}\n`)
  return failed.length || interrupted ? 1 : 0
}

main().then((code) => process.exit(code))
