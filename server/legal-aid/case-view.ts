// The legal-aid part of a ticket's detail, as this viewer may see it.
import type { Appointment, LegalCaseView } from '../../types/api-legal-aid'
import type { ActorRole, TicketAction } from '../../types/enums'
import { nextStages, outcomesAt } from '../../types/legal-aid'
import type { Queryable } from '../db/pool'
import type { TicketAccess } from '../tickets/access'
import { listCaseAppointments, type AppointmentRow } from './appointment-repo'
import { getCase, listStationLawyers } from './case-repo'

const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100)

/** Who may cancel (mirrors cancel-appointment.ts): the worker, the handling union, the case's
 * lawyer, or the lawyer on duty in that slot. */
export function mayCancel(a: AppointmentRow, roles: readonly ActorRole[], userId: string): boolean {
  return roles.includes('requester') || roles.includes('handler') || roles.includes('lawyer') || a.lawyer_id === userId
}

export function toAppointment(a: AppointmentRow, cancellable = false): Appointment {
  return {
    id: a.id,
    ticketId: a.ticket_id,
    day: a.day,
    startTime: a.start_time,
    endTime: a.end_time,
    mode: a.mode,
    place: a.place,
    lawyerName: a.lawyer_name,
    state: a.state,
    cancelledBy: a.cancelled_by_role,
    cancelReason: a.cancel_reason,
    upcoming: a.upcoming,
    cancellable: a.upcoming && cancellable
  }
}

export async function legalCaseView(
  db: Queryable,
  ticketId: string,
  access: TicketAccess & { userId: string },
  allowed: readonly TicketAction[],
  now: Date
): Promise<LegalCaseView | null> {
  const c = await getCase(db, ticketId)
  if (!c) return null
  const appointments = await listCaseAppointments(db, ticketId, now)
  const assigns = allowed.includes('assign_lawyer')
  return {
    caseType: c.case_type,
    helpWanted: c.help_wanted,
    amountInDispute: yuan(c.amount_in_dispute_fen),
    since: c.since,
    hardship: c.hardship,
    hardshipNote: c.hardship_note,
    station: { id: c.station_id, name: c.station_name },
    lawyer: c.lawyer_id ? { id: c.lawyer_id, name: c.lawyer_name ?? '' } : null,
    stage: c.stage,
    nextStages: allowed.includes('advance_stage') ? [...nextStages(c.stage)] : [],
    outcomes: allowed.includes('close_case') ? outcomesAt(c.stage) : [],
    outcome: c.outcome,
    amountRecovered: yuan(c.amount_recovered_fen),
    closedAt: c.closed_at?.toISOString() ?? null,
    consentVersion: c.consent_version,
    consentAt: c.consent_at.toISOString(),
    appointments: appointments.map((a) => toAppointment(a, mayCancel(a, access.roles, access.userId))),
    stationLawyers: assigns && access.roles.includes('handler') ? await listStationLawyers(db, c.station_id) : []
  }
}
