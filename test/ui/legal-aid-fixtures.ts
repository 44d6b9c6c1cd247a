// Sample 法律援助 data for the legal-aid UI tests (shapes from types/api-legal-aid.ts).
import type { Appointment, LegalCaseView, LegalStation, OpenSlot } from '../../types/api-legal-aid'
import type { TicketDetail } from '../../types/api'
import { LEGAL_CONSENT_VERSION } from '../../types/legal-aid'
import { ticket, yuelong } from './fixtures'

export const STATION_ID = '9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4f01'
export const STATION_ID_2 = '9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4f02'
export const SLOT_ID = '9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4f11'
export const SLOT_ID_2 = '9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4f12'
export const LEGAL_TICKET_ID = '5d3c1b7e-6a2f-4f1e-8a55-0c4b7e2a0301'
export const APPOINTMENT_ID = '5d3c1b7e-6a2f-4f1e-8a55-0c4b7e2a0401'
export const EVIDENCE_IDS = [
  '0e5d8a52-1c4b-4a7e-9f00-3b2a1c0d0101',
  '0e5d8a52-1c4b-4a7e-9f00-3b2a1c0d0102',
  '0e5d8a52-1c4b-4a7e-9f00-3b2a1c0d0103'
]

export function station(overrides: Partial<LegalStation> = {}): LegalStation {
  return {
    id: STATION_ID,
    name: '跃龙街道职工法律援助站',
    union: yuelong,
    address: '宁海县跃龙街道职工服务中心二楼',
    phone: '0574-65512348',
    distanceKm: 1.24,
    suggested: true,
    ...overrides
  }
}

export function stations(): LegalStation[] {
  return [
    station(),
    station({
      id: STATION_ID_2,
      name: '宁海县总工会法律援助站',
      union: { id: '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0003', name: '宁海县总工会' },
      address: '宁海县桃源街道职工之家一楼',
      distanceKm: 0.35,
      suggested: false
    })
  ]
}

export function openSlot(overrides: Partial<OpenSlot> = {}): OpenSlot {
  return {
    slotId: SLOT_ID,
    day: '2026-11-27',
    weekday: 5,
    startTime: '09:00',
    endTime: '11:30',
    mode: 'in_person',
    place: '跃龙街道职工服务中心 203 室',
    lawyerName: '孙立新',
    taken: false,
    ...overrides
  }
}

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: APPOINTMENT_ID,
    ticketId: LEGAL_TICKET_ID,
    day: '2026-11-27',
    startTime: '09:00',
    endTime: '11:30',
    mode: 'in_person',
    place: '跃龙街道职工服务中心 203 室',
    lawyerName: '孙立新',
    state: 'booked',
    cancelledBy: null,
    cancelReason: '',
    upcoming: true,
    cancellable: true,
    ...overrides
  }
}

export function legalCase(overrides: Partial<LegalCaseView> = {}): LegalCaseView {
  return {
    caseType: 'wage_arrears',
    helpWanted: 'arbitration',
    amountInDispute: 8000,
    since: '2026-09',
    hardship: false,
    hardshipNote: '',
    station: { id: STATION_ID, name: '跃龙街道职工法律援助站' },
    lawyer: null,
    stage: 'consultation',
    nextStages: [],
    outcomes: [],
    outcome: null,
    amountRecovered: null,
    closedAt: null,
    consentVersion: LEGAL_CONSENT_VERSION,
    consentAt: '2026-11-20T06:05:00.000Z',
    appointments: [],
    stationLawyers: [],
    ...overrides
  }
}

/** The ticket a legal-aid request answers with. */
export function legalTicket(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return ticket({
    id: LEGAL_TICKET_ID,
    number: 'FY20261120-0001',
    kind: 'legal_aid',
    title: '欠薪',
    category: null,
    legalCase: legalCase(),
    ...overrides
  })
}
