import type { CurrentUser, TicketDetail, TicketEvent, TicketSummary, UnionNode } from '../../types/api'

export const UNION_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0001'
export const COUNTY_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0003'
export const TAOYUAN_ID = '7b0f6f0e-3d1a-4c55-9a43-1f1f7a0c0004'
export const TICKET_ID = '5d3c1b7e-6a2f-4f1e-8a55-0c4b7e2a0002'

export const county = { id: COUNTY_ID, name: '宁海县总工会' }
export const yuelong = { id: UNION_ID, name: '跃龙街道总工会' }

export function user(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return { id: 'u1', displayName: '张建军', cadreOf: [], isLawyer: false, employerUnion: null, isCalendarAdmin: false, ...overrides }
}

export function unionNode(id: string, name: string, overrides: Partial<UnionNode> = {}): UnionNode {
  return { id, name, parentId: COUNTY_ID, level: 'township', region: `浙江省宁波市宁海县${name.replace('总工会', '')}`, ...overrides }
}

export function event(overrides: Partial<TicketEvent> = {}): TicketEvent {
  return {
    id: 'e1',
    action: 'submit',
    actorName: '张建军',
    actorRole: 'requester',
    actorUnion: null,
    toUnion: null,
    reason: null,
    body: '',
    visibility: 'public',
    fromStatus: null,
    toStatus: 'submitted',
    ratings: null,
    days: null,
    attachments: [],
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
    targetUnion: yuelong,
    currentUnion: yuelong,
    urgent: false,
    dueKind: 'acknowledge',
    dueAt: '2026-11-23T16:00:00.000Z',
    dueLight: 'green',
    supervised: false,
    unreasonable: false,
    booking: null,
    createdAt: '2026-11-20T06:05:00.000Z',
    updatedAt: '2026-11-21T02:00:00.000Z',
    description: '公司从九月起拖欠我们快递员的工资，已经三个月了。',
    employer: '宁海顺达快递有限公司',
    confidential: false,
    requesterName: '张建军',
    contactPhone: '13805740001',
    promisedAnswerDate: '2026-12-04',
    workingDaysLeft: 10,
    paused: false,
    ratings: null,
    autoConfirmed: false,
    reopenCount: 0,
    dispatchedFrom: null,
    attachments: [],
    events: [event()],
    extension: null,
    supervisions: [],
    unreasonableReason: null,
    allowedActions: [],
    legalCase: null,
    ...overrides
  }
}

/** The list shape of `ticket(overrides)`. */
export function summary(n: number, overrides: Partial<TicketSummary> = {}): TicketSummary {
  const t = ticket({ id: `t${n}`, number: `NJ20261120-000${n}`, title: `诉求 ${n}` })
  const s: TicketSummary = {
    id: t.id,
    number: t.number,
    kind: t.kind,
    status: t.status,
    title: t.title,
    category: t.category,
    targetUnion: t.targetUnion,
    currentUnion: t.currentUnion,
    urgent: t.urgent,
    dueKind: t.dueKind,
    dueAt: t.dueAt,
    dueLight: t.dueLight,
    supervised: t.supervised,
    unreasonable: t.unreasonable,
    booking: null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt
  }
  return { ...s, ...overrides }
}
