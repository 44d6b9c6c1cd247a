import type { TicketDetail, TicketEvent } from '../../types/api'

export const UNION_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0001'
export const TICKET_ID = '5d3c1b7e-6a2f-4f1e-8a55-0c4b7e2a0002'

export function event(overrides: Partial<TicketEvent> = {}): TicketEvent {
  return {
    id: 'e1',
    action: 'submit',
    actorName: '张建军',
    actorRole: 'requester',
    body: '',
    visibility: 'public',
    fromStatus: null,
    toStatus: 'submitted',
    rating: null,
    createdAt: '2026-11-20T06:05:00.000Z',
    ...overrides
  }
}

export function ticket(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    id: TICKET_ID,
    number: 'NJ20261120-0001',
    kind: 'grievance',
    status: 'submitted',
    title: '三个月工资未发',
    category: 'wages',
    targetUnion: { id: UNION_ID, name: '跃龙街道总工会' },
    createdAt: '2026-11-20T06:05:00.000Z',
    updatedAt: '2026-11-21T02:00:00.000Z',
    description: '公司从九月起拖欠我们快递员的工资，已经三个月了。',
    employer: '宁海顺达快递有限公司',
    confidential: false,
    requesterName: '张建军',
    contactPhone: '13805740001',
    rating: null,
    reopenCount: 0,
    attachments: [],
    events: [event()],
    allowedActions: [],
    ...overrides
  }
}
