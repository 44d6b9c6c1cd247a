// Response shapes of the HTTP API, shared by server and app.
import type {
  ActorRole,
  CalendarDayKind,
  DueKind,
  DueLight,
  EventVisibility,
  ExtensionStatus,
  GrievanceCategory,
  SupervisionReason,
  TicketAction,
  TicketEventKind,
  TicketKind,
  TicketStatus,
  UnionLevel
} from './enums'
import type { BookingSummary } from './api-childcare'
import type { LegalCaseView } from './api-legal-aid'

export interface UnionRef {
  id: string
  name: string
}

export interface UnionNode extends UnionRef {
  parentId: string | null
  level: UnionLevel
  /** Administrative region the union covers, e.g. 宁波市宁海县跃龙街道. */
  region: string
}

export interface CurrentUser {
  id: string
  displayName: string
  /** Unions this person is a cadre of; empty for ordinary workers. */
  cadreOf: UnionRef[]
  isLawyer: boolean
  /** The union of the worker's own employer, when known; confidential requests never go there. */
  employerUnion: UnionRef | null
  /** May enter holiday overrides (cadres of a province or city union). */
  isCalendarAdmin: boolean
}

export interface SessionResponse {
  token: string
  expiresAt: string
  user: CurrentUser
}

export interface DemoAccount {
  account: string
  displayName: string
  description: string
}

export interface Attachment {
  id: string
  mime: string
  size: number
  /** Signed, short-lived URL usable in an <Image> without headers. */
  url: string
}

export interface UploadResponse extends Attachment {}

export interface Ratings {
  speed: number
  attitude: number
  result: number
  comment: string
}

export interface TicketEvent {
  id: string
  action: TicketEventKind
  actorName: string
  actorRole: ActorRole
  /** The union the actor acted for (null for the worker and the system). */
  actorUnion: UnionRef | null
  /** Where 派单 / 转办 / 退单 / 督办 sent the ticket. */
  toUnion: UnionRef | null
  /** Label of the chosen reason (退单 / 不予受理 / 督办), null when none. */
  reason: string | null
  body: string
  visibility: EventVisibility
  fromStatus: TicketStatus | null
  toStatus: TicketStatus
  /** Set on 确认解决. */
  ratings: Ratings | null
  /** Extension days asked for or granted. */
  days: number | null
  attachments: Attachment[]
  createdAt: string
}

export interface TicketSummary {
  id: string
  number: string
  kind: TicketKind
  /** The workflow state; null for a 托班 sign-up, whose state is in `booking`. */
  status: TicketStatus | null
  title: string
  /** Null for kinds other than 职工说事. */
  category: GrievanceCategory | null
  /** The union the worker addressed. */
  targetUnion: UnionRef
  /** The union handling it now (after 派单 / 转办 / 退单). */
  currentUnion: UnionRef
  urgent: boolean
  /** The running clock: which deadline, when (end of that working day), and its light. Null
   * while paused for material and once the union has answered. */
  dueKind: DueKind | null
  dueAt: string | null
  dueLight: DueLight | null
  /** An open 督办 is on this ticket. */
  supervised: boolean
  /** Marked 不合理诉求 (excluded from the assessment figures). Always false for the worker. */
  unreasonable: boolean
  /** Set for 爱心托班 sign-ups only. */
  booking: BookingSummary | null
  createdAt: string
  updatedAt: string
}

export interface Extension {
  id: string
  days: number
  reason: string
  status: ExtensionStatus
  unionName: string
  requestedAt: string
  decidedAt: string | null
}

export interface Supervision {
  id: string
  reason: SupervisionReason
  /** The union that supervises (the handling union's parent). */
  union: UnionRef
  /** The union being supervised. */
  handlingUnion: UnionRef
  createdAt: string
  resolvedAt: string | null
}

/** Only workflow tickets (not 托班 sign-ups) have a detail of this shape. */
export interface TicketDetail extends TicketSummary {
  status: TicketStatus
  /** Null for 法律援助 (its case type is in `legalCase`). */
  category: GrievanceCategory | null
  description: string
  employer: string
  confidential: boolean
  /** Hidden (null) from enterprise-union cadres when the worker asked for confidentiality. */
  requesterName: string | null
  contactPhone: string | null
  /** The promise to the worker: the date (YYYY-MM-DD, Shanghai) by which the union answers. */
  promisedAnswerDate: string | null
  /** Working days left until the running deadline, counting today; 0 or less when overdue. */
  workingDaysLeft: number | null
  /** The clock is paused while the union waits for the worker's material. */
  paused: boolean
  /** The worker's scores; null until confirmed, and null when the 7-day rule confirmed it. */
  ratings: Ratings | null
  /** Closed by the 7-day silence rule rather than by the worker. */
  autoConfirmed: boolean
  reopenCount: number
  /** The union that dispatched it here (退单 goes back there). */
  dispatchedFrom: UnionRef | null
  attachments: Attachment[]
  /** Internal notes, extensions, 督办 and 不合理 marks are included only for cadres. */
  events: TicketEvent[]
  extension: Extension | null
  supervisions: Supervision[]
  unreasonableReason: string | null
  /** What the current user may do now; the app shows exactly these buttons. */
  allowedActions: TicketAction[]
  /** Set for 法律援助: the case, its stage, lawyer and appointments. */
  legalCase: LegalCaseView | null
}

/** The answer to an action after which the actor no longer has a part in the ticket (退单 or
 * 转办 to a union they do not serve): the app says where it went and leaves the page. */
export interface TicketHandedOver {
  handedOver: true
  id: string
  number: string
  status: TicketStatus
  currentUnion: UnionRef
}

/** What POST /api/tickets/:id/actions/:action answers. */
export type ActionResponse = TicketDetail | TicketHandedOver

/** Unions a handler may 派单 or 转办 this ticket to. */
export interface RoutingTargets {
  action: 'dispatch' | 'transfer'
  unions: UnionNode[]
}

export interface Notification {
  id: string
  title: string
  body: string
  ticketId: string | null
  /** Which page opens the ticket (a 托班 sign-up has its own). */
  ticketKind: TicketKind | null
  createdAt: string
  read: boolean
}

export interface UnreadCount {
  unread: number
}

export interface CannedReply {
  id: string
  unionId: string
  title: string
  body: string
  updatedAt: string
}

export interface CalendarOverrideView {
  date: string
  kind: CalendarDayKind
  note: string
  enteredBy: string
  enteredAt: string
}

export interface ConfirmedYear {
  year: number
  confirmedBy: string
  confirmedAt: string
}

export interface CalendarStatus {
  /** Years in the coming months with no holiday data: deadlines there count only weekends
   * (days entered so far do apply) until an admin confirms the year is fully entered. */
  missingYears: number[]
  overrides: CalendarOverrideView[]
  /** Years the package does not know that an admin confirmed as fully entered. */
  confirmedYears: ConfirmedYear[]
  canEdit: boolean
}

export interface DeadlinePolicyView {
  kind: TicketKind
  urgent: boolean
  ackDays: number
  answerDays: number
  /** Where the figures come from: this union, an ancestor (its name), or the defaults. */
  source: 'own' | 'inherited' | 'default'
  sourceUnionName: string | null
}

/** What a cadre should look at first (bounded counts over the unions they serve). */
export interface WorkbenchAlerts {
  missingHolidayYears: number[]
  overdue: number
  dueSoon: number
  supervised: number
  pendingExtensions: number
}

export interface SubscribeTemplates {
  /** Template ids to pass to wx.requestSubscribeMessage; empty when not configured. */
  progress: string[]
}

export interface Page<T> {
  items: T[]
  /** Opaque cursor for the next page; null at the end. */
  nextCursor: string | null
}

export interface HealthResponse {
  status: 'ok'
  db: 'embedded' | 'external'
}
