#!/usr/bin/env node
// `npm run build:weapp`: production WeChat build, then the package size check WeChat would
// apply at upload time, with tighter budgets of our own so growth is noticed early:
// main package ≤ 512 KB, each subpackage ≤ 384 KB (WeChat's hard limit is 2 MB each).
'use strict'
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs')
const path = require('node:path')
const { taroBuild, root } = require('./taro-build')

const outDir = path.join(root, 'dist', 'weapp')
const KB = 1024
const MAIN_LIMIT = 512 * KB
const SUB_LIMIT = 384 * KB

function build() {
  const { status, seconds } = taroBuild('weapp')
  if (status !== 0) {
    console.error(`build:weapp: taro build failed (exit ${status})`)
    process.exit(status)
  }
  console.log(`build:weapp: built in ${seconds.toFixed(1)} s`)
}

/** Every file under dir, as paths relative to outDir. Source maps are not uploaded. */
function files(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...files(full))
    else if (entry.isFile() && !entry.name.endsWith('.map')) out.push(path.relative(outDir, full))
  }
  return out
}

function fmt(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`
}

function measure() {
  const appJsonPath = path.join(outDir, 'app.json')
  if (!existsSync(appJsonPath)) {
    console.error(`build:weapp: ${path.relative(root, appJsonPath)} is missing; the build produced nothing`)
    process.exit(1)
  }
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'))
  const roots = (appJson.subPackages || appJson.subpackages || []).map((p) => p.root.replace(/\/+$/, ''))
  const sizes = new Map([['main', 0], ...roots.map((r) => [r, 0])])
  const biggest = new Map()
  for (const rel of files(outDir)) {
    const posix = rel.split(path.sep).join('/')
    const owner = roots.find((r) => posix === r || posix.startsWith(`${r}/`)) || 'main'
    const size = statSync(path.join(outDir, rel)).size
    sizes.set(owner, sizes.get(owner) + size)
    const list = biggest.get(owner) || []
    list.push([posix, size])
    biggest.set(owner, list)
  }

  let failed = false
  console.log('\nWeChat package sizes (dist/weapp)')
  for (const [name, size] of sizes) {
    const limit = name === 'main' ? MAIN_LIMIT : SUB_LIMIT
    const ok = size <= limit
    if (!ok) failed = true
    const label = name === 'main' ? 'main package' : `subpackage ${name}`
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(32)} ${fmt(size).padStart(10)}  (limit ${fmt(limit)})`)
    const top = (biggest.get(name) || []).sort((a, b) => b[1] - a[1]).slice(0, 3)
    for (const [file, s] of top) console.log(`         ${file.padEnd(48)} ${fmt(s).padStart(10)}`)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  console.log(`  total ${fmt(total)}`)
  if (failed) {
    console.error('build:weapp: a package is over its size budget')
    process.exit(1)
  }
}

if (!process.argv.includes('--measure-only')) {
  if (!process.env.TARO_APP_API_BASE) {
    console.warn('build:weapp: TARO_APP_API_BASE is not set; this build can be measured but cannot reach a server.')
    console.warn('            Set it to the HTTPS origin of the API, e.g. TARO_APP_API_BASE=https://union.example.cn')
  }
  build()
}
measure()
