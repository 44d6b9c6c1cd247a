import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createCalendarService } from '../../server/calendar/calendar-service'
import { loadChineseDays } from '../../server/calendar/chinese-days-source'
import { createPool } from '../../server/db/pool'
import { seedDemoData } from '../../server/seed/seed'
import { createDatabase } from './context'

describe('demo seed', () => {
  it('seeds an empty database once, with sample tickets that went through the workflow and sample 托班 classes', async () => {
    const database = await createDatabase()
    const db = createPool(database.url)
    const ctx = { db, now: () => new Date(), calendar: createCalendarService(loadChineseDays()), subscribeTemplateId: undefined, autoConfirmDays: 7, afterCommit: () => undefined }
    try {
      const [first, second] = await Promise.all([
        seedDemoData(ctx, { sampleTickets: true }),
        seedDemoData(ctx, { sampleTickets: true })
      ])
      assert.deepEqual([first.seeded, second.seeded].sort(), [false, true])
      const tickets = await db.query<{ status: string; rating: number | null; urgent: boolean; actions: string[] }>(
        `SELECT t.status, t.rating_result AS rating, t.urgent, array_agg(e.action ORDER BY e.id) AS actions
         FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id JOIN users r ON r.id = t.requester_id
         WHERE t.kind = 'grievance' AND r.demo_account IS NOT NULL GROUP BY t.id ORDER BY t.number`
      )
      assert.deepEqual(tickets.rows, [
        { status: 'closed', rating: 4, urgent: false, actions: ['submit', 'acknowledge', 'reply', 'answer', 'confirm'] },
        { status: 'submitted', rating: null, urgent: false, actions: ['submit'] },
        { status: 'submitted', rating: null, urgent: true, actions: ['submit'] }
      ])
      const classes = await db.query<{ mode: string; open: boolean }>(
        `SELECT allocation_mode AS mode, opens_at <= now() AND closes_at > now() AS open FROM childcare_classes
         WHERE published_at IS NOT NULL ORDER BY opens_at`
      )
      assert.deepEqual(classes.rows, [{ mode: 'first_come', open: true }, { mode: 'lottery', open: false }])
      const seats = await db.query('SELECT e.state, p.taken FROM enrolments e JOIN childcare_periods p ON p.id = e.period_id')
      assert.deepEqual(seats.rows, [{ state: 'held', taken: 1 }])
      // The county's legal-aid station with the demo lawyer on duty, and one case assigned to them.
      // (The demo history's tickets, filed by workers without a demo login, are checked in
      // demo-history.test.ts.)
      const legal = await db.query(
        `SELECT t.status, c.stage, u.demo_account AS lawyer,
                (SELECT count(*)::int FROM duty_slots d WHERE d.station_id = c.station_id) AS slots
         FROM legal_cases c JOIN tickets t ON t.id = c.ticket_id JOIN users u ON u.id = c.lawyer_id
         JOIN users r ON r.id = t.requester_id WHERE r.demo_account IS NOT NULL`
      )
      assert.deepEqual(legal.rows, [{ status: 'in_progress', stage: 'consultation', lawyer: 'lawyer', slots: 6 }])
      const unions = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM unions')
      assert.equal(unions.rows[0]!.n, 17)
    } finally {
      await db.end()
      await database.drop()
    }
  })
})
