import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPool } from '../../server/db/pool'
import { seedDemoData } from '../../server/seed/seed'
import { createDatabase } from './context'

describe('demo seed', () => {
  it('seeds an empty database once, with sample tickets that went through the workflow', async () => {
    const database = await createDatabase()
    const db = createPool(database.url)
    try {
      const [first, second] = await Promise.all([
        seedDemoData(db, { sampleTickets: true }),
        seedDemoData(db, { sampleTickets: true })
      ])
      assert.deepEqual([first.seeded, second.seeded].sort(), [false, true])
      const tickets = await db.query<{ status: string; rating: number | null; actions: string[] }>(
        `SELECT t.status, t.rating, array_agg(e.action ORDER BY e.id) AS actions
         FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id GROUP BY t.id ORDER BY t.number`
      )
      assert.deepEqual(tickets.rows, [
        { status: 'closed', rating: 5, actions: ['submit', 'accept', 'reply', 'resolve', 'confirm'] },
        { status: 'submitted', rating: null, actions: ['submit'] }
      ])
      const unions = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM unions')
      assert.equal(unions.rows[0]!.n, 17)
    } finally {
      await db.end()
      await database.drop()
    }
  })
})
