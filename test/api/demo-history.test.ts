// The demo history behind the cadre dashboard: twelve weeks of tickets that went through the
// real workflow at simulated times. Checks that the rollup agrees with a rebuild, that every
// ticket's timeline agrees with its state and stamps, that nothing is left for the deadline job
// to escalate or confirm, and that the demo accounts' own lists are untouched.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createCalendarService } from '../../server/calendar/calendar-service'
import { loadChineseDays } from '../../server/calendar/chinese-days-source'
import { createPool, type Db } from '../../server/db/pool'
import { runDeadlineSweep } from '../../server/deadlines/sweep'
import { seedDemoData } from '../../server/seed/seed'
import type { WorkflowCtx } from '../../server/tickets/workflow-ctx'
import { createDatabase } from './context'

const HISTORY = `SELECT t.* FROM tickets t JOIN users u ON u.id = t.requester_id WHERE u.demo_account IS NULL`

interface Ticket {
  id: string
  number: string
  kind: string
  status: string
  created_at: Date
  updated_at: Date
  due_at: Date | null
  acknowledged_at: Date | null
  answered_at: Date | null
  closed_at: Date | null
  auto_confirmed: boolean
  rating_speed: number | null
  reopen_count: number
  unreasonable_at: Date | null
  ack_working_days: string | null
  answer_working_days: string | null
}

interface Event {
  ticket_id: string
  action: string
  from_status: string | null
  to_status: string
  created_at: Date
}

const DAY = 86_400_000

describe('demo history', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>
  let db: Db
  let ctx: WorkflowCtx
  let seededAt: Date
  let tickets: Ticket[]
  const dispatched: string[] = []

  before(async () => {
    database = await createDatabase()
    db = createPool(database.url)
    ctx = { db, now: () => new Date(), calendar: createCalendarService(loadChineseDays()), subscribeTemplateId: 'tpl-demo', autoConfirmDays: 7, afterCommit: (ids: string[]) => void dispatched.push(...ids) }
    seededAt = new Date()
    const started = performance.now()
    await seedDemoData(ctx, { sampleTickets: true })
    const ms = performance.now() - started
    tickets = (await db.query<Ticket>(`${HISTORY} ORDER BY t.created_at`)).rows
    const mix = await db.query(`SELECT t.kind, t.status, count(*)::int AS n FROM (${HISTORY}) t GROUP BY 1, 2 ORDER BY 1, 2`)
    const unions = await db.query(
      `SELECT un.name, count(*)::int AS n FROM (${HISTORY}) t JOIN unions un ON un.id = t.current_union_id GROUP BY 1 ORDER BY 2 DESC`
    )
    // What the history is, for whoever reads the test output.
    process.stdout.write(
      `demo seed with sample tickets and history: ${Math.round(ms)} ms, ` +
        `${tickets.length} history tickets\n${JSON.stringify(mix.rows)}\n${JSON.stringify(unions.rows)}\n`
    )
  })

  after(async () => {
    await db.end()
    await database.drop()
  })

  it('has a realistic size and mix', async () => {
    assert.ok(tickets.length >= 120 && tickets.length <= 200, `${tickets.length} tickets`)
    const count = (f: (t: Ticket) => boolean) => tickets.filter(f).length
    assert.ok(count((t) => t.status === 'closed') >= tickets.length * 0.6, 'mostly closed')
    assert.ok(count((t) => t.auto_confirmed) >= 3, 'some auto-confirmed')
    for (const status of ['answered', 'refused', 'withdrawn']) assert.ok(count((t) => t.status === status) >= 1, status)
    // Only the last day or two's requests are still open (a few more after a long holiday).
    const open = count((t) => ['submitted', 'in_progress', 'awaiting_info'].includes(t.status))
    assert.ok(open <= 12, `${open} still open`)
    assert.ok(count((t) => t.reopen_count > 0) >= 2, 'some 重办')
    assert.equal(count((t) => t.unreasonable_at !== null), 2)
    assert.ok(count((t) => t.kind === 'legal_aid') >= 5, 'some legal aid')
    const rated = tickets.filter((t) => t.rating_speed !== null)
    const satisfied = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${HISTORY}) t WHERE rating_speed + rating_attitude + rating_result >= 12`)).rows[0]!.n
    assert.ok(satisfied >= rated.length * 0.6 && satisfied < rated.length, `${satisfied} of ${rated.length} satisfied`)
    const late = await db.query(`SELECT DISTINCT e.ticket_id FROM ticket_events e JOIN (${HISTORY}) t ON t.id = e.ticket_id WHERE e.reason_code = 'ack_overdue'`)
    assert.ok(late.rowCount! >= 2, 'a few acknowledged late, after a 督办')
    // The city's ranking has its three districts; 宁海县 has most.
    const districts = await db.query<{ name: string; n: number }>(
      `SELECT d.name, count(*)::int AS n FROM (${HISTORY}) t JOIN unions cu ON cu.id = t.current_union_id
       JOIN unions d ON d.parent_id = (SELECT id FROM unions WHERE name = '宁波市总工会') AND cu.path LIKE d.path || '%'
       GROUP BY d.name ORDER BY n DESC`
    )
    assert.equal(districts.rows.length, 3)
    assert.equal(districts.rows[0]!.name, '宁海县总工会')
  })

  it('spans at least 8 distinct weeks', async () => {
    const { rows } = await db.query<{ weeks: number }>(
      `SELECT count(DISTINCT date_trunc('week', created_at AT TIME ZONE 'Asia/Shanghai'))::int AS weeks FROM (${HISTORY}) t`
    )
    assert.ok(rows[0]!.weeks >= 8, `${rows[0]!.weeks} weeks`)
  })

  it('gives every ticket a timeline that agrees with its state and stamps', async () => {
    const { rows } = await db.query<Event>(
      `SELECT e.ticket_id, e.action, e.from_status, e.to_status, e.created_at FROM ticket_events e
       JOIN (${HISTORY}) t ON t.id = e.ticket_id ORDER BY e.ticket_id, e.id`
    )
    const timeline = new Map<string, Event[]>()
    for (const e of rows) timeline.set(e.ticket_id, [...(timeline.get(e.ticket_id) ?? []), e])
    const at = (e: Event | undefined) => e?.created_at.getTime()
    const calendar = await ctx.calendar.load(db)
    for (const t of tickets) {
      const ev = timeline.get(t.id) ?? []
      const last = (...actions: string[]) => [...ev].reverse().find((e) => actions.includes(e.action))
      const count = (action: string) => ev.filter((e) => e.action === action).length
      const what = `${t.number} (${ev.map((e) => e.action).join(' → ')})`
      assert.equal(ev[0]?.action, 'submit', what)
      assert.equal(at(ev[0]), t.created_at.getTime(), what)
      for (const [i, e] of ev.entries()) {
        if (i === 0) continue
        assert.equal(e.from_status, ev[i - 1]!.to_status, `${what}: ${e.action} starts where the last step ended`)
        assert.ok(e.created_at >= ev[i - 1]!.created_at, `${what}: ${e.action} in order`)
      }
      assert.equal(ev.at(-1)!.to_status, t.status, what)
      assert.ok(ev.at(-1)!.created_at < seededAt && t.updated_at < seededAt && t.updated_at >= t.created_at, `${what}: in the past`)
      if (t.acknowledged_at) assert.equal(t.acknowledged_at.getTime(), at(last('acknowledge', 'assign_lawyer')), `${what}: 签收 time`)
      if (t.answered_at) assert.equal(t.answered_at.getTime(), at(last('answer', 'close_case')), `${what}: 答复 time`)
      // The dashboard's working-day figures, measured from the (simulated) submission.
      const first = ev.find((e) => e.action === 'answer' || e.action === 'close_case')
      const elapsed = (to: Date | undefined) => (to ? calendar.workingDaysElapsed(t.created_at, to) : null)
      assert.equal(t.ack_working_days === null ? null : Number(t.ack_working_days), elapsed(t.acknowledged_at ?? undefined), `${what}: 签收 working days`)
      assert.equal(t.answer_working_days === null ? null : Number(t.answer_working_days), elapsed(first?.created_at), `${what}: 答复 working days`)
      assert.equal(t.reopen_count, count('reject'), what)
      assert.equal(t.unreasonable_at !== null, count('mark_unreasonable') === 1, what)
      if (t.status === 'closed') {
        const closing = last('confirm', 'auto_confirm')!
        assert.ok(closing, `${what}: closed by the worker or the 7-day rule`)
        assert.equal(t.closed_at!.getTime(), at(closing), what)
        assert.equal(t.auto_confirmed, closing.action === 'auto_confirm', what)
        assert.equal(t.rating_speed !== null, closing.action === 'confirm', what)
        if (t.auto_confirmed) assert.ok(closing.created_at.getTime() - t.answered_at!.getTime() >= 7 * DAY, `${what}: 7 days after the answer`)
      }
      if (t.status === 'answered') assert.ok(t.answered_at!.getTime() > seededAt.getTime() - 7 * DAY, `${what}: not yet due for auto-confirmation`)
      if (t.status === 'refused') assert.equal(t.closed_at!.getTime(), at(last('refuse')), what)
      if (t.status === 'withdrawn') assert.equal(t.closed_at!.getTime(), at(last('withdraw')), what)
      // Still open: its deadline is ahead, or no clock runs (补充材料 awaited; a legal case past
      // the lawyer's first call runs on the courts' timetable).
      if (['submitted', 'in_progress', 'awaiting_info'].includes(t.status)) {
        assert.ok(t.due_at === null ? t.status === 'awaiting_info' || (t.kind === 'legal_aid' && t.status === 'in_progress') : t.due_at > seededAt, `${what}: deadline`)
      }
    }
    // Whatever the database stamped (notices, 督办, extensions) is in the past too.
    const stamps = await db.query<{ late: number }>(
      `SELECT (SELECT count(*) FROM notifications n WHERE n.ticket_id = ANY($1) AND n.created_at >= $2)
            + (SELECT count(*) FROM supervisions s WHERE s.ticket_id = ANY($1) AND (s.created_at >= $2 OR s.resolved_at >= $2))
            + (SELECT count(*) FROM ticket_extensions x WHERE x.ticket_id = ANY($1) AND (x.created_at >= $2 OR x.decided_at >= $2)) AS late`,
      [tickets.map((t) => t.id), seededAt]
    )
    assert.equal(Number(stamps.rows[0]!.late), 0)
  })

  it('leaves nothing for the deadline job and queues no WeChat message', async () => {
    const open = await db.query(
      `SELECT count(*)::int AS n FROM supervisions s JOIN (${HISTORY}) t ON t.id = s.ticket_id
       WHERE s.resolved_at IS NULL AND t.status IN ('closed', 'refused', 'withdrawn', 'answered')`
    )
    assert.equal(open.rows[0]!.n, 0, 'no open 督办 on a settled ticket')
    const sweep = await runDeadlineSweep(ctx)
    assert.equal(sweep.escalated, 0)
    assert.equal(sweep.autoConfirmed, 0)
    const outbox = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages')
    assert.equal(outbox.rows[0]!.n, 0)
    assert.deepEqual(dispatched, [])
  })

  it('leaves the demo accounts as they were: their own sample tickets only', async () => {
    const { rows } = await db.query<{ account: string; kind: string; key: string }>(
      `SELECT u.demo_account AS account, t.kind, t.client_request_id AS key FROM tickets t JOIN users u ON u.id = t.requester_id
       WHERE u.demo_account IN ('worker', 'parent') ORDER BY 1, 2, 3`
    )
    assert.deepEqual(rows, [
      { account: 'parent', kind: 'childcare', key: 'seed-childcare-0001' },
      { account: 'parent', kind: 'grievance', key: 'seed-sample-0003' },
      { account: 'worker', kind: 'grievance', key: 'seed-sample-0001' },
      { account: 'worker', kind: 'grievance', key: 'seed-sample-0002' },
      { account: 'worker', kind: 'legal_aid', key: 'seed-legal-0001' }
    ])
    const touched = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ticket_events e JOIN users u ON u.id = e.actor_id
       WHERE u.demo_account IN ('worker', 'parent') AND e.ticket_id = ANY($1)`,
      [tickets.map((t) => t.id)]
    )
    assert.equal(touched.rows[0]!.n, 0)
  })

  it('keeps the ticket_stats rollup equal to ticket_stats_rebuild()', async () => {
    const snapshot = async () => (await db.query('SELECT * FROM ticket_stats ORDER BY union_id, day, kind, category')).rows
    const kept = await snapshot()
    await db.query('SELECT ticket_stats_rebuild()')
    assert.deepEqual(kept, await snapshot())
    assert.ok(kept.length > 100)
  })
})
