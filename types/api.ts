// Response shapes of the HTTP API, shared by server and app.
import type {
  ActorRole,
  EventVisibility,
  GrievanceCategory,
  TicketAction,
  TicketKind,
  TicketStatus,
  UnionLevel
} from './enums'

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

export interface TicketEvent {
  id: string
  action: TicketAction | 'submit'
  actorName: string
  actorRole: ActorRole
  body: string
  visibility: EventVisibility
  fromStatus: TicketStatus | null
  toStatus: TicketStatus
  rating: number | null
  createdAt: string
}

export interface TicketSummary {
  id: string
  number: string
  kind: TicketKind
  status: TicketStatus
  title: string
  category: GrievanceCategory
  targetUnion: UnionRef
  createdAt: string
  updatedAt: string
}

export interface TicketDetail extends TicketSummary {
  description: string
  employer: string
  confidential: boolean
  /** Hidden (null) from cadres of an enterprise union when the worker asked for confidentiality. */
  requesterName: string | null
  contactPhone: string | null
  rating: number | null
  reopenCount: number
  attachments: Attachment[]
  /** Internal notes are included only for cadres. */
  events: TicketEvent[]
  /** What the current user may do now; the app shows exactly these buttons. */
  allowedActions: TicketAction[]
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
