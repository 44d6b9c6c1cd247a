// 法律援助, the station's side: the lawyers' case list, the stations someone works at or
// manages, their weekly duty slots (值班表) and lawyers, and cancelling an appointment.
// (Applying and booking, the worker's side, are in ./legal-aid.)
import type { Page } from '../../types/api'
import type { Appointment, DutySlot, LegalCaseListItem, LegalStation, PersonRef } from '../../types/api-legal-aid'
import type { DutySlotInput } from '../../types/schemas/legal-aid'
import { request } from './request'

const id = (value: string) => encodeURIComponent(value)

/** `mine`: cases assigned to me; `station`: every case of the stations I work at. */
export type CaseScope = 'mine' | 'station'

export interface CaseListQuery {
  scope: CaseScope
  /** 办理中 (true) or 已结案 (false). */
  open: boolean
  /** The previous page's `nextCursor`; null or absent for the first page. */
  cursor?: string | null
}

/** The lawyer's cases, keyset-paged. */
export function fetchMyCases({ scope, open, cursor }: CaseListQuery): Promise<Page<LegalCaseListItem>> {
  return request<Page<LegalCaseListItem>>('GET', '/legal-aid/cases', {
    query: { scope, open: open ? 'true' : 'false', cursor: cursor ?? undefined }
  })
}

/** Stations the person works at (lawyer) or manages (cadre of the station's union). */
export function fetchMyStations(): Promise<LegalStation[]> {
  return request<LegalStation[]>('GET', '/legal-aid/my-stations')
}

/** The station's weekly duty slots. */
export function fetchDutySlots(stationId: string): Promise<DutySlot[]> {
  return request<DutySlot[]>('GET', `/legal-aid/stations/${id(stationId)}/slots`)
}

/** Cadres of the station's union only. */
export function addDutySlot(stationId: string, input: DutySlotInput): Promise<DutySlot> {
  return request<DutySlot>('POST', `/legal-aid/stations/${id(stationId)}/slots`, { data: input })
}

/** 409 while upcoming appointments hold the slot. */
export async function removeDutySlot(slotId: string): Promise<void> {
  await request<unknown>('DELETE', `/legal-aid/slots/${id(slotId)}`)
}

export function fetchStationLawyers(stationId: string): Promise<PersonRef[]> {
  return request<PersonRef[]>('GET', `/legal-aid/stations/${id(stationId)}/lawyers`)
}

/** By the requester, the slot's lawyer or the station's union cadres; `reason` 2–200 characters. */
export function cancelAppointment(appointmentId: string, reason: string): Promise<Appointment> {
  return request<Appointment>('POST', `/legal-aid/appointments/${id(appointmentId)}/cancel`, { data: { reason } })
}
