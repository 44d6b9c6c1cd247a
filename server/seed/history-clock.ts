// The demo history runs through the real use cases at simulated past times: each ticket's
// workflow context returns that ticket's simulated instant from now(), from which every
// deadline, 签收/答复 time, working-day figure and rating time is computed. What PostgreSQL
// stamps by itself (DEFAULT now() or SET … = now(): when an event, notice or 督办 was written,
// updated_at, a decided extension) is the real time of the transaction, so those stamps are
// moved to the simulated time afterwards. Every step of a ticket writes at least one event,
// stamped with its transaction's time; so, per ticket, the k-th distinct event stamp marks the
// start of the k-th step, and any stamp of that ticket from then until the next one belongs to
// that step. Tickets can run side by side without their stamps getting mixed up.
import pg from 'pg'
import type { Db } from '../db/pool'
import { withTx } from '../db/pool'

/** Columns the database stamps with the real time: [table, its ticket column, column].
 * Constants, not input. */
const STAMPED: readonly (readonly [string, string, string])[] = [
  ['ticket_events', 'ticket_id', 'created_at'],
  ['tickets', 'id', 'updated_at'],
  ['notifications', 'ticket_id', 'created_at'],
  ['supervisions', 'ticket_id', 'created_at'],
  ['supervisions', 'ticket_id', 'resolved_at'],
  ['ticket_extensions', 'ticket_id', 'created_at'],
  ['ticket_extensions', 'ticket_id', 'decided_at'],
  ['legal_cases', 'ticket_id', 'stage_changed_at']
]

/** A pool for writing the history: demo data, so commits need not wait for the disk (a crash
 * right after seeding loses some history, which is harmless; waiting per step is not). */
export function historyPool(base: Db, max: number): Db {
  const options = [base.options.options, '-c synchronous_commit=off'].filter(Boolean).join(' ')
  const pool = new pg.Pool({ ...base.options, max, options })
  pool.on('error', () => undefined)
  return pool
}

export class HistorySteps {
  private readonly steps: { ticketId: string; at: Date }[] = []

  record(ticketId: string, at: Date): void {
    this.steps.push({ ticketId, at })
  }

  /** Moves each ticket to its day of submission and the real-time stamps of every step to
   * its simulated time, in one transaction. */
  async backdate(db: Db): Promise<void> {
    const seq = new Map<string, number>()
    const seqs = this.steps.map((s) => {
      const k = (seq.get(s.ticketId) ?? 0) + 1
      seq.set(s.ticketId, k)
      return k
    })
    await withTx(db, async (tx) => {
      await tx.query('CREATE TEMP TABLE history_steps (ticket_id uuid, seq int, at timestamptz, PRIMARY KEY (ticket_id, seq)) ON COMMIT DROP')
      await tx.query('INSERT INTO history_steps SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[])', [
        this.steps.map((s) => s.ticketId),
        seqs,
        this.steps.map((s) => s.at)
      ])
      // The day of submission: created_at, and the number (SS<day>-<sequence>), also where a
      // notice quotes it. The sequence part is kept, so numbers stay unique throughout.
      const renumbered = `substring(t.number FROM '^[A-Z]+') || to_char(s.at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || substring(t.number FROM '-[0-9]+$')`
      await tx.query(
        `UPDATE notifications n SET body = replace(n.body, t.number, ${renumbered})
         FROM tickets t JOIN history_steps s ON s.ticket_id = t.id AND s.seq = 1 WHERE n.ticket_id = t.id`
      )
      await tx.query(`UPDATE tickets t SET created_at = s.at, number = ${renumbered} FROM history_steps s WHERE s.ticket_id = t.id AND s.seq = 1`)
      await tx.query(
        `CREATE TEMP TABLE history_clock ON COMMIT DROP AS
           SELECT r.ticket_id, r.real_from, lead(r.real_from) OVER (PARTITION BY r.ticket_id ORDER BY r.real_from) AS real_to, s.at
           FROM (SELECT ticket_id, created_at AS real_from, row_number() OVER (PARTITION BY ticket_id ORDER BY created_at) AS seq
                 FROM (SELECT DISTINCT e.ticket_id, e.created_at FROM ticket_events e
                       WHERE e.ticket_id IN (SELECT ticket_id FROM history_steps)) d) r
           LEFT JOIN history_steps s ON s.ticket_id = r.ticket_id AND s.seq = r.seq`
      )
      const { rows } = await tx.query<{ stamps: number; matched: number }>('SELECT count(*)::int AS stamps, count(at)::int AS matched FROM history_clock')
      if (rows[0]!.stamps !== this.steps.length || rows[0]!.matched !== this.steps.length) {
        throw new Error(`demo history: ${this.steps.length} steps but ${rows[0]!.stamps} event stamps`)
      }
      await tx.query('CREATE INDEX ON history_clock (ticket_id)')
      // Events are append-only; like migration 002, the guard is lifted inside this one
      // transaction only, before anyone has seen these rows.
      await tx.query('ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only')
      for (const [table, ticket, column] of STAMPED) {
        await tx.query(
          `UPDATE ${table} x SET ${column} = h.at FROM history_clock h
           WHERE h.ticket_id = x.${ticket} AND x.${column} >= h.real_from AND (h.real_to IS NULL OR x.${column} < h.real_to)`
        )
      }
      await tx.query('ALTER TABLE ticket_events ENABLE TRIGGER ticket_events_append_only')
    })
  }
}
