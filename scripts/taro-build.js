// One production Taro build for a platform (weapp or h5), shared by start.js and build-weapp.js.
'use strict'
const { spawnSync } = require('node:child_process')
const path = require('node:path')

const root = path.resolve(__dirname, '..')

/** Runs `taro build --type <type>` with NODE_ENV=production; returns exit status and seconds taken. */
function taroBuild(type) {
  const started = Date.now()
  const r = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', type], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' }
  })
  return { status: r.status ?? 1, seconds: (Date.now() - started) / 1000 }
}

module.exports = { taroBuild, root }
