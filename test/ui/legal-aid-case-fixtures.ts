// 法律援助 shapes for the case-handling UI tests.
import type { TicketDetail } from '../../types/api'
import type { Appointment, DutySlot, LegalCaseListItem, LegalCaseView, LegalStation, PersonRef } from '../../types/api-legal-aid'
import { summary, ticket } from './fixtures'
import * as base from './legal-aid-fixtures'

export const STATION_ID = '3a1e5c2d-8b4f-4e6a-9c11-2d3e4f5a0001'
export const STATION2_ID = '3a1e5c2d-8b4f-4e6a-9c11-2d3e4f5a0002'
export const LAWYER_SUN = '6c2d1e0f-4a3b-4c5d-8e7f-1a2b3c4d0001'
export const LAWYER_QIAN = '6c2d1e0f-4a3b-4c5d-8e7f-1a2b3c4d0002'
export const APPOINTMENT_ID = '9f8e7d6c-5b4a-4392-8a1b-0c1d2e3f0001'
export const SLOT_ID = '2b3c4d5e-6f70-4182-9a3b-4c5d6e7f0001'

export const sun: PersonRef = { id: LAWYER_SUN, name: '孙立新' }
export const qian: PersonRef = { id: LAWYER_QIAN, name: '钱律' }

// The shapes come from the worker-side fixtures; these are the case-handling scenes' defaults.
export function station(overrides: Partial<LegalStation> = {}): LegalStation {
  return base.station({ id: STATION_ID, name: '跃龙街道法律援助工作站', address: '跃龙街道职工服务中心 2 楼', phone: '0574-65512345', distanceKm: null, suggested: false, ...overrides })
}

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return base.appointment({ id: APPOINTMENT_ID, ticketId: 'ticket', place: '跃龙街道职工服务中心 2 楼 203 室', ...overrides })
}

export function legalCase(overrides: Partial<LegalCaseView> = {}): LegalCaseView {
  return base.legalCase({
    amountInDispute: 24000,
    hardship: true,
    hardshipNote: '停工三个月无收入',
    station: { id: STATION_ID, name: '跃龙街道法律援助工作站' },
    lawyer: sun,
    stage: 'mediation',
    ...overrides
  })
}

/** A legal-aid ticket (no category) with its case. */
export function legalTicket(overrides: Partial<TicketDetail> = {}, c: Partial<LegalCaseView> = {}): TicketDetail {
  return ticket({
    kind: 'legal_aid',
    number: 'FY20261120-0001',
    category: null,
    title: '欠薪三个月，申请仲裁代理',
    status: 'in_progress',
    dueKind: 'answer',
    legalCase: legalCase(c),
    ...overrides
  })
}

export function caseItem(n: number, overrides: Partial<LegalCaseListItem> = {}): LegalCaseListItem {
  return {
    ...summary(n, { kind: 'legal_aid', category: null, number: `FY20261120-000${n}`, title: `案件 ${n}`, status: 'in_progress' }),
    caseType: 'wage_arrears',
    stage: 'mediation',
    lawyerName: '孙立新',
    nextAppointment: null,
    ...overrides
  }
}

export function dutySlot(overrides: Partial<DutySlot> = {}): DutySlot {
  return {
    id: SLOT_ID,
    stationId: STATION_ID,
    weekday: 1,
    startTime: '09:00',
    endTime: '11:30',
    mode: 'in_person',
    place: '职工服务中心 203 室',
    lawyer: sun,
    ...overrides
  }
}
