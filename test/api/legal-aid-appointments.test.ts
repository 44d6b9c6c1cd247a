// Duty slots and appointments: what is open to book, one slot one appointment (the database
// decides a race), cancelling from either side, the day-before reminder, and the roster kept by
// the station's union.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Appointment, DutySlot, OpenSlot } from '../../types/api-legal-aid'
import type { TicketDetail } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { sendAppointmentReminders } from '../../server/legal-aid/reminders'
import { createTestContext, type TestContext } from './context'
import { fileRequest, MONDAY_MORNING, slotId, TUESDAY } from './legal-aid-fixtures'

describe('法律援助 appointments', () => {
  let ctx: TestContext
  let worker: string
  let parent: string
  let station: string
  before(async () => {
    ctx = await createTestContext()
    worker = await ctx.login('worker')
    parent = await ctx.login('parent')
    station = ctx.seed.stationId!
  })
  after(() => ctx.close())

  const book = (token: string, ticketId: string, slot: string, day: string, clientRequestId = `bk-${Math.random().toString(36).slice(2, 12)}`) =>
    ctx.request(token, { method: 'POST', url: '/api/legal-aid/appointments', payload: { clientRequestId, ticketId, slotId: slot, day } })
  const cancel = (token: string, id: string, reason = '临时有事') =>
    ctx.request(token, { method: 'POST', url: `/api/legal-aid/appointments/${id}/cancel`, payload: { reason } })
  const err = (r: { json(): unknown }) => (r.json() as ApiErrorBody).error

  it('lists the next two weeks of slots that have not started, marking taken ones', async () => {
    ctx.clock.set('2027-03-01T10:00:00+08:00') // Monday, after the morning slot began
    const t = await fileRequest(ctx, worker, station)
    const slots = (await ctx.request(worker, { method: 'GET', url: `/api/legal-aid/stations/${station}/open-slots` })).json() as OpenSlot[]
    assert.ok(!slots.some((s) => s.day === '2027-03-01' && s.startTime === '09:00'), 'today’s 09:00 slot has begun')
    assert.ok(slots.every((s) => s.day >= '2027-03-01' && s.day <= '2027-03-15'))
    // Five mornings a week plus Wednesday afternoon by phone.
    const firstWeek = slots.filter((s) => s.day <= '2027-03-07')
    assert.deepEqual(firstWeek.map((s) => `${s.day} ${s.startTime}`), [
      '2027-03-02 09:00', '2027-03-03 09:00', '2027-03-03 14:00', '2027-03-04 09:00', '2027-03-05 09:00'
    ])
    const r = await book(worker, t.id, await slotId(ctx, station, 2), TUESDAY)
    assert.equal(r.statusCode, 201, r.body)
    const after = (await ctx.request(worker, { method: 'GET', url: `/api/legal-aid/stations/${station}/open-slots` })).json() as OpenSlot[]
    assert.equal(after.find((s) => s.day === TUESDAY && s.startTime === '09:00')?.taken, true)
    assert.equal(after.filter((s) => s.taken).length, 1)
    assert.equal((await cancel(worker, (r.json() as Appointment).id)).statusCode, 200)
  })

  it('books one slot for exactly one of 50 concurrent attempts by two workers', async () => {
    ctx.clock.set(MONDAY_MORNING)
    const a = await fileRequest(ctx, worker, station)
    const b = await fileRequest(ctx, parent, station)
    const slot = await slotId(ctx, station, 4) // Thursday
    const attempts = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? book(worker, a.id, slot, '2027-03-04') : book(parent, b.id, slot, '2027-03-04')))
    const answers = await Promise.all(attempts)
    const codes = answers.map((r) => r.statusCode)
    assert.equal(codes.filter((c) => c === 201).length, 1, `one booking, got ${codes.join(',')}`)
    assert.equal(codes.filter((c) => c === 409).length, 49)
    assert.ok(answers.filter((r) => r.statusCode === 409).every((r) => err(r).message.length > 0))
    const { rows } = await ctx.db.query("SELECT count(*)::int AS n FROM legal_appointments WHERE slot_id = $1 AND day = '2027-03-04' AND state = 'booked'", [slot])
    assert.equal(rows[0].n, 1)
    // The database itself refuses a second booking that skips the application.
    const winner = answers.find((r) => r.statusCode === 201)!.json() as Appointment
    const loserTicket = winner.ticketId === a.id ? b.id : a.id
    await assert.rejects(
      ctx.db.query(`INSERT INTO legal_appointments (ticket_id, slot_id, day, booked_by, client_request_id) VALUES ($1, $2, '2027-03-04', $3, 'raw-1')`, [loserTicket, slot, ctx.seed.users.parent]),
      (e: { constraint?: string }) => e.constraint === 'legal_appointments_one_per_slot'
    )
    await assert.rejects(
      ctx.db.query(`INSERT INTO legal_appointments (ticket_id, slot_id, day, booked_by, client_request_id) VALUES ($1, $2, '2027-03-05', $3, 'raw-2')`, [loserTicket, slot, ctx.seed.users.parent]),
      (e: { constraint?: string }) => e.constraint === 'legal_appointments_slot_weekday'
    )
    await cancel(winner.ticketId === a.id ? worker : parent, winner.id)
  })

  it('refuses bookings that cannot happen, and repeats none on a retry', async () => {
    ctx.clock.set(MONDAY_MORNING)
    const t = await fileRequest(ctx, worker, station)
    const tuesday = await slotId(ctx, station, 2)
    assert.equal(err(await book(worker, t.id, tuesday, '2027-03-03')).fields?.day, '这一天没有这个值班时段，请重新选择')
    assert.equal(err(await book(worker, t.id, tuesday, '2027-03-30')).fields?.day, '这一天没有这个值班时段，请重新选择')
    assert.equal(err(await book(worker, t.id, tuesday, '2027-02-30')).fields?.day, '请选择日期')
    assert.equal((await book(parent, t.id, tuesday, TUESDAY)).statusCode, 404, 'only the requester books for a case')
    const first = await book(worker, t.id, tuesday, TUESDAY, 'retry-key-001')
    assert.equal(first.statusCode, 201)
    const retry = await book(worker, t.id, tuesday, TUESDAY, 'retry-key-001')
    assert.equal(retry.statusCode, 200)
    assert.equal((retry.json() as Appointment).id, (first.json() as Appointment).id)
    const second = await book(worker, t.id, await slotId(ctx, station, 3), '2027-03-03')
    assert.equal(second.statusCode, 409)
    assert.match(err(second).message, /您已预约 3月2日 周二 09:00，如需改期请先取消原预约/)
    await cancel(worker, (first.json() as Appointment).id)
  })

  it('lets either side cancel, tells the other side, and frees the slot', async () => {
    ctx.clock.set(MONDAY_MORNING)
    const t = await fileRequest(ctx, worker, station)
    const county = await ctx.login('cadre-county')
    await ctx.request(county, { method: 'POST', url: `/api/tickets/${t.id}/actions/assign_lawyer`, payload: { lawyerId: ctx.seed.users.lawyer } })
    const slot = await slotId(ctx, station, 5)
    const a = (await book(worker, t.id, slot, '2027-03-05')).json() as Appointment
    const lawyer = await ctx.login('lawyer')
    // Someone with no part in the case learns nothing; a short reason is refused.
    assert.equal((await cancel(await ctx.login('cadre-township'), a.id)).statusCode, 404)
    assert.equal(err(await cancel(lawyer, a.id, '忙')).fields?.reason, '取消原因至少 2 个字')
    const r = await cancel(lawyer, a.id, '当天需出庭')
    assert.equal(r.statusCode, 200)
    assert.equal((r.json() as Appointment).cancelledBy, 'lawyer')
    assert.equal((await cancel(worker, a.id)).statusCode, 409, 'already cancelled')
    const told = await ctx.db.query('SELECT body FROM notifications WHERE user_id = $1 AND ticket_id = $2 AND title = $3', [ctx.seed.users.worker, t.id, '咨询预约已取消'])
    assert.match(told.rows[0].body, /当天需出庭/)
    // The worker sees both in the timeline and can book again, the same slot included.
    const seen = (await ctx.request(worker, { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.deepEqual(seen.events.filter((e) => e.action.endsWith('appointment')).map((e) => e.action), ['book_appointment', 'cancel_appointment'])
    assert.equal(seen.legalCase?.appointments[0]?.state, 'cancelled')
    const again = await book(worker, t.id, slot, '2027-03-05')
    assert.equal(again.statusCode, 201)
    const mine = (await ctx.request(worker, { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.equal(mine.legalCase?.appointments.filter((x) => x.upcoming).length, 1)
    assert.equal(mine.legalCase?.appointments.find((x) => x.upcoming)?.cancellable, true)
    // A colleague at the station, not on that slot nor on the case, may see it but not cancel it.
    const { rows: [colleague] } = await ctx.db.query<{ id: string }>(`INSERT INTO users (demo_account, display_name, is_lawyer) VALUES ('lawyer-x', '郑律师', true) RETURNING id`)
    await ctx.db.query('INSERT INTO station_lawyers (station_id, user_id) VALUES ($1, $2)', [station, colleague!.id])
    const x = await ctx.login('lawyer-x')
    const theirs = (await ctx.request(x, { method: 'GET', url: `/api/tickets/${t.id}` })).json() as TicketDetail
    assert.equal(theirs.legalCase?.appointments.find((y) => y.upcoming)?.cancellable, false)
    assert.equal((await cancel(x, (again.json() as Appointment).id)).statusCode, 403)
    await cancel(worker, (again.json() as Appointment).id)
  })

  it('reminds both sides the day before, once', async () => {
    ctx.clock.set(MONDAY_MORNING)
    const t = await fileRequest(ctx, worker, station)
    const a = (await book(worker, t.id, await slotId(ctx, station, 2), TUESDAY)).json() as Appointment
    assert.equal(await sendAppointmentReminders(ctx.workflow), 1)
    assert.equal(await sendAppointmentReminders(ctx.workflow), 0)
    const { rows } = await ctx.db.query('SELECT user_id, title FROM notifications WHERE ticket_id = $1 AND title LIKE $2 ORDER BY title', [t.id, '明天%'])
    assert.deepEqual(rows.map((r) => r.user_id).sort(), [ctx.seed.users.lawyer, ctx.seed.users.worker].sort())
    await cancel(worker, a.id)
    // Two days ahead: not yet.
    const b = (await book(worker, t.id, await slotId(ctx, station, 3), '2027-03-03')).json() as Appointment
    assert.equal(await sendAppointmentReminders(ctx.workflow), 0)
    await cancel(worker, b.id)
  })

  it('keeps the roster with the station’s union, and will not drop a slot someone holds', async () => {
    ctx.clock.set(MONDAY_MORNING)
    const county = await ctx.login('cadre-county')
    const url = `/api/legal-aid/stations/${station}/slots`
    const input = { weekday: 6, startTime: '09:00', endTime: '11:00', lawyerId: ctx.seed.users.lawyer, mode: 'in_person', place: '职工服务中心' }
    let r = await ctx.request(county, { method: 'POST', url, payload: { ...input, endTime: '08:00', weekday: 8 } })
    assert.deepEqual(err(r).fields, { weekday: '请选择星期', endTime: '结束时间须晚于开始时间' })
    r = await ctx.request(county, { method: 'POST', url, payload: { ...input, lawyerId: ctx.seed.users.worker } })
    assert.equal(err(r).fields?.lawyerId, '请选择本援助站的律师')
    assert.equal((await ctx.request(await ctx.login('lawyer'), { method: 'POST', url, payload: input })).statusCode, 403)
    assert.equal((await ctx.request(await ctx.login('cadre-city'), { method: 'POST', url, payload: input })).statusCode, 404)
    r = await ctx.request(county, { method: 'POST', url, payload: input })
    assert.equal(r.statusCode, 201)
    const saturday = r.json() as DutySlot
    const listed = (await ctx.request(await ctx.login('lawyer'), { method: 'GET', url })).json() as DutySlot[]
    assert.ok(listed.some((s) => s.id === saturday.id && s.weekday === 6))

    const t = await fileRequest(ctx, worker, station)
    const a = (await book(worker, t.id, saturday.id, '2027-03-06')).json() as Appointment
    r = await ctx.request(county, { method: 'DELETE', url: `/api/legal-aid/slots/${saturday.id}` })
    assert.equal(r.statusCode, 409)
    assert.equal(err(r).message, '该时段还有未到期的预约，请先与职工沟通并取消预约')
    await cancel(worker, a.id)
    assert.equal((await ctx.request(county, { method: 'DELETE', url: `/api/legal-aid/slots/${saturday.id}` })).statusCode, 204)
    const open = (await ctx.request(worker, { method: 'GET', url: `/api/legal-aid/stations/${station}/open-slots` })).json() as OpenSlot[]
    assert.ok(!open.some((s) => s.slotId === saturday.id))
  })
})
