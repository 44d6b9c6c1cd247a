// 法律援助, the worker's side: stations, a station's open duty slots, the request and booking a
// slot; plus the worker's location for suggesting the nearest station. Every call goes through
// `request`, so failures arrive as ApiError with a Chinese message.
import Taro from '@tarojs/taro'
import type { TicketDetail } from '../../types/api'
import type { Appointment, LegalStation, OpenSlot } from '../../types/api-legal-aid'
import type { BookAppointmentInput, LegalAidSubmit } from '../../types/schemas/legal-aid'
import { request } from './request'

export interface GeoPoint {
  lat: number
  lng: number
}

/** How long the station list waits for a location before asking without one. */
const LOCATE_TIMEOUT_MS = 8000

const id = (value: string) => encodeURIComponent(value)

/** Legal-aid stations, nearest first (and with `distanceKm`) when a location is given. */
export function fetchStations(location?: GeoPoint | null): Promise<LegalStation[]> {
  return request<LegalStation[]>('GET', '/legal-aid/stations', {
    query: location ? { lat: String(location.lat), lng: String(location.lng) } : undefined
  })
}

/** The station's duty slots over the booking horizon (14 days), taken ones included. */
export function fetchOpenSlots(stationId: string): Promise<OpenSlot[]> {
  return request<OpenSlot[]>('GET', `/legal-aid/stations/${id(stationId)}/open-slots`)
}

/**
 * 201 with the new ticket, or 200 with the same one when `clientRequestId` was sent before: a
 * retry after a lost answer never makes a second request.
 */
export function submitLegalAid(input: LegalAidSubmit): Promise<TicketDetail> {
  return request<TicketDetail>('POST', '/legal-aid/requests', { data: input })
}

/** 201 with the appointment; 409 CONFLICT when someone else holds the slot on that day. */
export function bookAppointment(input: BookAppointmentInput): Promise<Appointment> {
  return request<Appointment>('POST', '/legal-aid/appointments', { data: input })
}

/**
 * Where the worker is, when they allow it; null when refused, unavailable or not answered in
 * time. Never throws. WGS-84 (GPS): the only datum Taro's H5 getLocation gives, and weapp's
 * default; the distance only has to rank stations, so the ≈ 0.5 km offset from the GCJ-02 of
 * Chinese maps does not matter.
 */
export async function locateWorker(): Promise<GeoPoint | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), LOCATE_TIMEOUT_MS)
  })
  // Some platforms throw rather than reject when location is unavailable.
  const located = Promise.resolve()
    .then(() => Taro.getLocation({ type: 'wgs84' }))
    .then(
      (res): GeoPoint | null =>
        Number.isFinite(res.latitude) && Number.isFinite(res.longitude) ? { lat: res.latitude, lng: res.longitude } : null,
      () => null
    )
  try {
    return await Promise.race([located, timeout])
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}
