// The 法律援助 request draft lives in storage so it survives leaving the page and killing the
// app. It carries its idempotency key: every retry of the submit sends the same
// clientRequestId, so a double tap or a retry after a lost answer makes one request.
import { CASE_TYPES, HELP_KINDS, type CaseType, type HelpKind } from '../../types/legal-aid'
import { readStorage, removeStorage, writeStorage } from './storage'

const DRAFT_KEY = 'nj.draft.legal-aid.v1'

export interface DraftEvidence {
  id: string
  url: string
  kind: 'image' | 'pdf'
  name: string
  size: number
}

export interface LegalAidDraft {
  clientRequestId: string
  /** The chosen station; '' until chosen (the suggested one is then preselected). */
  stationId: string
  caseType: CaseType | ''
  description: string
  employer: string
  /** 涉及金额 in yuan as typed; '' when the worker cannot say. */
  amount: string
  /** 开始时间, YYYY-MM; '' until chosen. */
  since: string
  helpWanted: HelpKind | ''
  contactPhone: string
  hardship: boolean
  hardshipNote: string
  /** Evidence already uploaded (files still on their way are not kept). */
  evidence: DraftEvidence[]
  /** The consent text version ticked, '' when not ticked. */
  consentVersion: string
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

function isEvidence(v: unknown): v is DraftEvidence {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return typeof e.id === 'string' && typeof e.url === 'string' && (e.kind === 'image' || e.kind === 'pdf')
}

/** The saved draft, or null. Anything malformed in storage is ignored field by field. */
export function loadLegalAidDraft(): LegalAidDraft | null {
  const raw = readStorage(DRAFT_KEY)
  if (typeof raw !== 'object' || raw === null) return null
  const d = raw as Record<string, unknown>
  const clientRequestId = str(d.clientRequestId)
  if (!clientRequestId) return null
  return {
    clientRequestId,
    stationId: str(d.stationId),
    caseType: CASE_TYPES.find((c) => c === d.caseType) ?? '',
    description: str(d.description),
    employer: str(d.employer),
    amount: str(d.amount),
    since: str(d.since),
    helpWanted: HELP_KINDS.find((h) => h === d.helpWanted) ?? '',
    contactPhone: str(d.contactPhone),
    hardship: d.hardship === true,
    hardshipNote: str(d.hardshipNote),
    evidence: Array.isArray(d.evidence)
      ? d.evidence.filter(isEvidence).map((e) => ({
          id: e.id,
          url: e.url,
          kind: e.kind,
          name: str(e.name),
          size: typeof e.size === 'number' && Number.isFinite(e.size) ? e.size : 0
        }))
      : [],
    consentVersion: str(d.consentVersion)
  }
}

export function saveLegalAidDraft(draft: LegalAidDraft): void {
  writeStorage(DRAFT_KEY, draft)
}

export function clearLegalAidDraft(): void {
  removeStorage(DRAFT_KEY)
}
