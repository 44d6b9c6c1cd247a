// 值班表: weekly duty slots, and what they offer a worker over the booking horizon.
import type { DutySlot, OpenSlot } from '../../types/api-legal-aid'
import { BOOKING_HORIZON_DAYS, type AppointmentMode } from '../../types/legal-aid'
import { addDays, shanghaiDate, type WorkingCalendar } from '../calendar/working-days'
import type { Queryable } from '../db/pool'

interface SlotRow {
  id: string
  station_id: string
  weekday: number
  start_time: string
  end_time: string
  mode: AppointmentMode
  place: string
  lawyer_id: string
  lawyer_name: string
}

const SELECT = `
  SELECT d.id, d.station_id, d.weekday, to_char(d.start_time, 'HH24:MI') AS start_time,
         to_char(d.end_time, 'HH24:MI') AS end_time, d.mode, d.place, d.lawyer_id, u.display_name AS lawyer_name
  FROM duty_slots d JOIN users u ON u.id = d.lawyer_id`

function toSlot(r: SlotRow): DutySlot {
  return {
    id: r.id,
    stationId: r.station_id,
    weekday: r.weekday,
    startTime: r.start_time,
    endTime: r.end_time,
    mode: r.mode,
    place: r.place,
    lawyer: { id: r.lawyer_id, name: r.lawyer_name }
  }
}

export async function listSlots(db: Queryable, stationId: string): Promise<DutySlot[]> {
  const { rows } = await db.query<SlotRow>(`${SELECT} WHERE d.station_id = $1 AND d.removed_at IS NULL ORDER BY d.weekday, d.start_time`, [stationId])
  return rows.map(toSlot)
}

export async function findLiveSlot(db: Queryable, slotId: string): Promise<DutySlot | undefined> {
  const { rows } = await db.query<SlotRow>(`${SELECT} WHERE d.id = $1 AND d.removed_at IS NULL`, [slotId])
  return rows[0] ? toSlot(rows[0]) : undefined
}

export async function insertSlot(
  db: Queryable,
  stationId: string,
  s: { weekday: number; startTime: string; endTime: string; lawyerId: string; mode: AppointmentMode; place: string }
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO duty_slots (station_id, weekday, start_time, end_time, lawyer_id, mode, place)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [stationId, s.weekday, s.startTime, s.endTime, s.lawyerId, s.mode, s.place]
  )
  return rows[0]!.id
}

/** False when upcoming appointments still hold the slot. */
export async function removeSlot(db: Queryable, slotId: string, now: Date): Promise<boolean> {
  const { rows } = await db.query<{ removed: boolean }>(
    `WITH held AS (
       SELECT 1 FROM legal_appointments a JOIN duty_slots d ON d.id = a.slot_id
       WHERE a.slot_id = $1 AND a.state = 'booked' AND ((a.day + d.end_time) AT TIME ZONE 'Asia/Shanghai') > $2::timestamptz)
     UPDATE duty_slots SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL AND NOT EXISTS (SELECT 1 FROM held)
     RETURNING true AS removed`,
    [slotId, now]
  )
  return rows.length > 0
}

/** Shanghai wall-clock `day time` as an instant. */
export function shanghaiInstant(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`)
}

/** Every slot on every day of the horizon that has not started yet, public holidays skipped. */
export async function openSlots(db: Queryable, stationId: string, cal: WorkingCalendar, now: Date): Promise<OpenSlot[]> {
  const slots = await listSlots(db, stationId)
  const today = shanghaiDate(now)
  const last = addDays(today, BOOKING_HORIZON_DAYS)
  const { rows: taken } = await db.query<{ slot_id: string; day: string }>(
    `SELECT a.slot_id, to_char(a.day, 'YYYY-MM-DD') AS day FROM legal_appointments a JOIN duty_slots d ON d.id = a.slot_id
     WHERE d.station_id = $1 AND a.state = 'booked' AND a.day BETWEEN $2::date AND $3::date`,
    [stationId, today, last]
  )
  const held = new Set(taken.map((t) => `${t.slot_id}/${t.day}`))
  const out: OpenSlot[] = []
  for (let day = today; day <= last; day = addDays(day, 1)) {
    if (cal.isHoliday(day)) continue
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
    for (const s of slots) {
      if (s.weekday !== weekday || shanghaiInstant(day, s.startTime).getTime() <= now.getTime()) continue
      out.push({
        slotId: s.id,
        day,
        weekday,
        startTime: s.startTime,
        endTime: s.endTime,
        mode: s.mode,
        place: s.place,
        lawyerName: s.lawyer.name,
        taken: held.has(`${s.id}/${day}`)
      })
    }
  }
  return out
}
