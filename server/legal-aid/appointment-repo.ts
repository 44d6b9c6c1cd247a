// Appointments in duty slots. One slot on one day holds one booked appointment; the partial
// unique index legal_appointments_one_per_slot is what enforces it.
import type { ActorRole } from '../../types/enums'
import type { AppointmentMode, AppointmentState } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'

export interface AppointmentRow {
  id: string
  ticket_id: string
  slot_id: string
  station_id: string
  /** YYYY-MM-DD. */
  day: string
  start_time: string
  end_time: string
  mode: AppointmentMode
  place: string
  lawyer_id: string
  lawyer_name: string
  state: AppointmentState
  cancelled_by_role: ActorRole | null
  cancel_reason: string
  /** Booked, and its end is still ahead. */
  upcoming: boolean
}

const SELECT = `
  SELECT a.id, a.ticket_id, a.slot_id, s.station_id, to_char(a.day, 'YYYY-MM-DD') AS day,
         to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time,
         s.mode, s.place, s.lawyer_id, u.display_name AS lawyer_name, a.state, a.cancelled_by_role,
         a.cancel_reason,
         a.state = 'booked' AND ((a.day + s.end_time) AT TIME ZONE 'Asia/Shanghai') > $2::timestamptz AS upcoming
  FROM legal_appointments a
  JOIN duty_slots s ON s.id = a.slot_id
  JOIN users u ON u.id = s.lawyer_id`

export async function listCaseAppointments(db: Queryable, ticketId: string, now: Date): Promise<AppointmentRow[]> {
  const { rows } = await db.query<AppointmentRow>(`${SELECT} WHERE a.ticket_id = $1 ORDER BY a.day DESC, s.start_time DESC`, [ticketId, now])
  return rows
}

export async function getAppointment(db: Queryable, id: string, now: Date, forUpdate = false): Promise<AppointmentRow | undefined> {
  const { rows } = await db.query<AppointmentRow>(`${SELECT} WHERE a.id = $1 ${forUpdate ? 'FOR UPDATE OF a' : ''}`, [id, now])
  return rows[0]
}

export async function findAppointmentByRequest(db: Queryable, userId: string, clientRequestId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM legal_appointments WHERE booked_by = $1 AND client_request_id = $2', [userId, clientRequestId])
  return rows[0]?.id
}

export interface NewAppointment {
  ticketId: string
  slotId: string
  day: string
  bookedBy: string
  clientRequestId: string
}

/** 'taken' when the slot is already booked that day; 'retry' when this request already went through. */
export async function insertAppointment(db: Queryable, a: NewAppointment): Promise<{ id: string } | 'taken' | 'retry'> {
  // ON CONFLICT on the partial index turns a lost race into an answer instead of an error;
  // the idempotency key is checked by the caller first, and again by its unique constraint.
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO legal_appointments (ticket_id, slot_id, day, booked_by, client_request_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slot_id, day) WHERE state = 'booked' DO NOTHING
     RETURNING id`,
    [a.ticketId, a.slotId, a.day, a.bookedBy, a.clientRequestId]
  )
  return rows[0] ?? 'taken'
}

export async function cancelAppointmentRow(
  db: Queryable,
  id: string,
  by: { userId: string; role: ActorRole; reason: string; now: Date }
): Promise<void> {
  await db.query(
    `UPDATE legal_appointments SET state = 'cancelled', cancelled_by = $2, cancelled_by_role = $3, cancel_reason = $4, cancelled_at = $5
     WHERE id = $1 AND state = 'booked'`,
    [id, by.userId, by.role, by.reason, by.now]
  )
}
