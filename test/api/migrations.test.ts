import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import pg from 'pg'
import { migrate, MIGRATIONS_DIR } from '../../server/db/migrate'
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

  it('carries spine-era tickets into the workflow schema (resolved → answered, one rating → three, cadre → handler)', async () => {
    const name = `nj_t_${process.env.TEST_RUN_ID}_up${process.pid}`
    const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const onlySpine = mkdtempSync(path.join(tmpdir(), 'nj-mig-'))
    copyFileSync(path.join(MIGRATIONS_DIR, '001_spine.sql'), path.join(onlySpine, '001_spine.sql'))
    const url = databaseUrl(name)
    const c = new pg.Client({ connectionString: url })
    try {
      await migrate(url, onlySpine)
      await c.connect()
      const un = (await c.query("INSERT INTO unions (id, name, level, path) SELECT id, '县总工会', 'county', '/' || id || '/' FROM (SELECT gen_random_uuid() AS id) g RETURNING id")).rows[0].id
      const worker = (await c.query("INSERT INTO users (display_name) VALUES ('甲') RETURNING id")).rows[0].id
      const cadre = (await c.query("INSERT INTO users (display_name) VALUES ('乙') RETURNING id")).rows[0].id
      const insertTicket = `INSERT INTO tickets (number, kind, status, requester_id, target_union_id, category, title, description,
                              contact_phone, rating, client_request_id)
                            VALUES ($1, 'grievance', $2, $3, $4, 'wages', '标题标题', '描述描述描述描述描述', '13800000000', $5, $1) RETURNING id`
      const rated = (await c.query(insertTicket, ['SS1', 'closed', worker, un, 4])).rows[0].id
      const waiting = (await c.query(insertTicket, ['SS2', 'resolved', worker, un, null])).rows[0].id
      await c.query(
        `INSERT INTO ticket_events (ticket_id, action, actor_id, actor_role, from_status, to_status, visibility, rating) VALUES
          ($1, 'accept', $2, 'cadre', 'submitted', 'in_progress', 'public', NULL),
          ($1, 'resolve', $2, 'cadre', 'in_progress', 'resolved', 'public', NULL),
          ($1, 'confirm', $3, 'requester', 'resolved', 'closed', 'public', 4)`,
        [rated, cadre, worker]
      )
      // 003 then validates its new rule (only 托班 sign-ups have no status) against these rows.
      const later = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql') && f !== '001_spine.sql').sort()
      assert.deepEqual(await migrate(url), later)
      assert.ok(later.includes('005_workbench.sql'))
      const tickets = (await c.query('SELECT id, status, current_union_id, rating_speed, rating_result FROM tickets ORDER BY number')).rows
      assert.deepEqual(tickets.map((t) => [t.status, t.current_union_id, t.rating_speed, t.rating_result]), [
        ['closed', un, 4, 4],
        ['answered', un, null, null]
      ])
      assert.equal(tickets[1].id, waiting)
      // 005 folds the tickets already there into the dashboard rollup.
      const stats = (await c.query('SELECT sum(total)::int AS total, sum(answered_once)::int AS answered, sum(solved)::int AS solved, sum(satisfied)::int AS satisfied FROM ticket_stats WHERE union_id = $1', [un])).rows[0]
      assert.deepEqual(stats, { total: 2, answered: 2, solved: 1, satisfied: 1 })
      const events = (await c.query('SELECT action, actor_role, from_status, to_status, data FROM ticket_events ORDER BY id')).rows
      assert.deepEqual(events.map((e) => [e.action, e.actor_role, e.from_status, e.to_status]), [
        ['acknowledge', 'handler', 'submitted', 'in_progress'],
        ['answer', 'handler', 'in_progress', 'answered'],
        ['confirm', 'requester', 'answered', 'closed']
      ])
      assert.deepEqual(events[2].data, { speed: 4, attitude: 4, result: 4 })
      await assert.rejects(c.query("UPDATE tickets SET status = NULL WHERE number = 'SS1'"), /tickets_status_by_kind/)
      // The history is append-only again afterwards.
      await assert.rejects(c.query("UPDATE ticket_events SET body = 'x'"), /append-only/)
    } finally {
      await c.end().catch(() => undefined)
      rmSync(onlySpine, { recursive: true, force: true })
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  })
})
