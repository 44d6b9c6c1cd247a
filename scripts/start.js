#!/usr/bin/env node
// `npm start`: build the H5 app if it is missing or older than its sources, then run the
// server (which starts the embedded database and seeds demo data when DATABASE_URL is unset).
const { spawn } = require('node:child_process')
const { existsSync, readdirSync, statSync } = require('node:fs')
const path = require('node:path')

const { taroBuild, root } = require('./taro-build')
const h5Index = path.join(root, process.env.H5_DIR || 'dist/h5', 'index.html')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const m = statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs
    if (m > newest) newest = m
  }
  return newest
}

function needsBuild() {
  if (!existsSync(h5Index)) return 'not built yet'
  const built = statSync(h5Index).mtimeMs
  const sources = Math.max(...['src', 'types', 'config'].map((d) => newestMtime(path.join(root, d))))
  return sources > built ? 'sources changed since the last build' : ''
}

const reason = needsBuild()
if (reason) {
  console.log(`[niangjia] building the H5 app (${reason}); this takes about half a minute …`)
  const { status, seconds } = taroBuild('h5')
  if (status !== 0) {
    console.error('[niangjia] H5 build failed; see the output above')
    process.exit(status)
  }
  console.log(`[niangjia] H5 app built in ${Math.round(seconds)} s`)
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/main.ts')], { cwd: root, stdio: 'inherit' })
// The server owns graceful shutdown; pass signals on and leave with its exit code.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
