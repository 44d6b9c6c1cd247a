import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import pg from 'pg'
import { migrate } from '../../server/db/migrate'
import { databaseUrl } from './context'

describe('migrations', () => {
  it('apply once when several servers start at the same moment', async () => {
    const name = `nj_t_${process.env.TEST_RUN_ID}_mig${process.pid}`
    const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    try {
      const url = databaseUrl(name)
      const results = await Promise.all([migrate(url), migrate(url), migrate(url)])
      const applied = results.flat()
      assert.ok(applied.includes('001_spine.sql'))
      assert.equal(applied.filter((f) => f === '001_spine.sql').length, 1, 'each migration applied by exactly one process')
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      const rows = (await c.query('SELECT version FROM schema_migrations')).rows
      await c.end()
      assert.equal(rows.length, new Set(rows.map((r) => r.version)).size)
      assert.deepEqual(await migrate(url), [], 'a later start has nothing to do')
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  })
})
