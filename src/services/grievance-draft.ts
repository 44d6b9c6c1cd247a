// The 职工说事 draft lives in storage so it survives leaving the page and killing the app.
// It carries its idempotency key: every retry of the submit sends the same clientRequestId.
import type { UnionRef } from '../../types/api'
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from '../../types/enums'
import { readStorage, removeStorage, writeStorage } from './storage'

const DRAFT_KEY = 'nj.draft.grievance.v1'

export interface DraftPhoto {
  id: string
  url: string
}

export interface GrievanceDraft {
  clientRequestId: string
  category: GrievanceCategory | ''
  title: string
  description: string
  employer: string
  targetUnion: UnionRef | null
  contactPhone: string
  confidential: boolean
  /** 紧急：涉及人身安全或当日欠薪等 (the short answer deadline). */
  urgent: boolean
  photos: DraftPhoto[]
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

function isUnionRef(v: unknown): v is UnionRef {
  return typeof v === 'object' && v !== null && typeof (v as UnionRef).id === 'string' && typeof (v as UnionRef).name === 'string'
}

function isPhoto(v: unknown): v is DraftPhoto {
  return typeof v === 'object' && v !== null && typeof (v as DraftPhoto).id === 'string' && typeof (v as DraftPhoto).url === 'string'
}

/** The saved draft, or null. Anything malformed in storage is ignored field by field. */
export function loadGrievanceDraft(): GrievanceDraft | null {
  const raw = readStorage(DRAFT_KEY)
  if (typeof raw !== 'object' || raw === null) return null
  const d = raw as Record<string, unknown>
  const clientRequestId = str(d.clientRequestId)
  if (!clientRequestId) return null
  const category = GRIEVANCE_CATEGORIES.find((c) => c === d.category) ?? ''
  return {
    clientRequestId,
    category,
    title: str(d.title),
    description: str(d.description),
    employer: str(d.employer),
    targetUnion: isUnionRef(d.targetUnion) ? { id: d.targetUnion.id, name: d.targetUnion.name } : null,
    contactPhone: str(d.contactPhone),
    confidential: d.confidential === true,
    urgent: d.urgent === true,
    photos: Array.isArray(d.photos) ? d.photos.filter(isPhoto).map((p) => ({ id: p.id, url: p.url })) : []
  }
}

export function saveGrievanceDraft(draft: GrievanceDraft): void {
  writeStorage(DRAFT_KEY, draft)
}

export function clearGrievanceDraft(): void {
  removeStorage(DRAFT_KEY)
}
