import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../server/db/embedded'
import { freePort } from '../support/free-port'

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('embedded PostgreSQL', () => {
  it('recovers after its server process was SIGKILLed, keeping committed data', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nj-embedded-'))
    const port = await freePort()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'embedded-child.ts'), dataDir, String(port)],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    const ready = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('READY')) resolve(out)
      })
      child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)))
    })
    assert.match(ready, /READY/)
    child.kill('SIGKILL')
    await new Promise((r) => child.on('exit', r))
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
    assert.ok(isAlive(pid), 'the orphaned postmaster is still running, as after a real crash')

    const db = await startEmbeddedPostgres({ dataDir, port })
    try {
      assert.ok(!isAlive(pid), 'the stale postmaster was stopped')
      const c = new pg.Client({ connectionString: db.connectionString })
      await c.connect()
      const { rows } = await c.query('SELECT note FROM survival')
      await c.end()
      assert.deepEqual(rows, [{ note: 'committed before the crash' }])
      assert.match(db.connectionString, /^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:/)
    } finally {
      await db.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('refuses password-less connections (scram-sha-256, not trust)', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nj-embedded-'))
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort() })
    try {
      const u = new URL(db.connectionString)
      u.password = 'wrong'
      const c = new pg.Client({ connectionString: u.toString() })
      await assert.rejects(c.connect(), /password authentication failed/)
    } finally {
      await db.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
