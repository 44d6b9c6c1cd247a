import { randomUUID } from 'node:crypto'
import type { TicketDetail, UploadResponse } from '../../types/api'
import { LEGAL_CONSENT_VERSION } from '../../types/legal-aid'
import type { LegalAidSubmitInput } from '../../types/schemas/legal-aid'
import type { TestContext } from './context'
import { multipart } from './fixtures'

/** Monday 2027-03-01 08:00 Shanghai: the tests' "now"; Tuesday 09:00 is the first open slot. */
export const MONDAY_MORNING = '2027-03-01T08:00:00+08:00'
export const TUESDAY = '2027-03-02'

/** The smallest thing that is a PDF by its bytes. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

export function legalAidInput(stationId: string, over: Partial<LegalAidSubmitInput> = {}): LegalAidSubmitInput {
  return {
    clientRequestId: `la-${randomUUID()}`,
    stationId,
    caseType: 'wage_arrears',
    description: '在宁海一家物流公司做分拣，八月到十月三个月工资共一万五千六百元没有发，多次催要无果。',
    employer: '宁海县某物流有限公司',
    amountInDispute: 15600,
    since: '2026-08',
    helpWanted: 'mediation',
    contactPhone: '13805741234',
    hardship: false,
    hardshipNote: '',
    evidenceIds: [],
    consentVersion: LEGAL_CONSENT_VERSION,
    ...over
  }
}

export async function uploadFile(ctx: TestContext, token: string, name: string, type: string, bytes: Buffer): Promise<UploadResponse> {
  const res = await ctx.request(token, { method: 'POST', url: '/api/uploads', ...multipart(name, type, bytes) })
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`)
  return res.json() as UploadResponse
}

export async function fileRequest(ctx: TestContext, token: string, stationId: string, over: Partial<LegalAidSubmitInput> = {}): Promise<TicketDetail> {
  const res = await ctx.request(token, { method: 'POST', url: '/api/legal-aid/requests', payload: legalAidInput(stationId, over) })
  if (res.statusCode !== 201) throw new Error(`legal-aid request failed: ${res.body}`)
  return res.json() as TicketDetail
}

export async function act(ctx: TestContext, token: string, ticketId: string, action: string, payload: object) {
  return ctx.request(token, { method: 'POST', url: `/api/tickets/${ticketId}/actions/${action}`, payload })
}

/** The station's open slot for `day` at `start`. */
export async function slotId(ctx: TestContext, stationId: string, weekday: number, start = '09:00'): Promise<string> {
  const { rows } = await ctx.db.query<{ id: string }>(
    "SELECT id FROM duty_slots WHERE station_id = $1 AND weekday = $2 AND to_char(start_time, 'HH24:MI') = $3 AND removed_at IS NULL",
    [stationId, weekday, start]
  )
  return rows[0]!.id
}
