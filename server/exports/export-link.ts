// A download link cannot carry an Authorization header, so the link itself is the permission:
// it names who asked (the actor), what (the kind) and exactly which rows (the canonical query),
// expires soon and is HMAC-signed. The download still re-checks the actor's scope and flags.
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { ExportKind } from '../../types/workbench'
import { AppError } from '../errors'

/** Long enough to tap the link, short enough that a forwarded one is soon useless. */
export const EXPORT_LINK_TTL_SECONDS = 600

const RESERVED = new Set(['actor', 'exp', 'sig'])

export interface ExportGrant {
  actorId: string
  kind: ExportKind
  /** The export's parameters as query-string values (absent ones left out). */
  params: Record<string, string>
}

/** Sorted, so the same parameters always sign the same text. */
function canonical(params: Record<string, string>): string {
  const keys = Object.keys(params).sort()
  return new URLSearchParams(keys.map((k): [string, string] => [k, params[k] ?? ''])).toString()
}

function sign(secret: string, kind: ExportKind, actorId: string, exp: number, query: string): string {
  return createHmac('sha256', secret).update(`export\n${kind}\n${actorId}\n${exp}\n${query}`).digest('base64url')
}

/** Drops absent values and turns the rest into query-string text. */
export function linkParams(values: Record<string, string | number | boolean | undefined | null>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null) out[k] = String(v)
  return out
}

export function exportUrl(secret: string, path: string, grant: ExportGrant, now: Date, ttlSeconds = EXPORT_LINK_TTL_SECONDS): string {
  for (const k of Object.keys(grant.params)) if (RESERVED.has(k)) throw new Error(`export parameter ${k} is reserved`)
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds
  const query = canonical(grant.params)
  const sig = sign(secret, grant.kind, grant.actorId, exp, query)
  const tail = new URLSearchParams({ actor: grant.actorId, exp: String(exp), sig }).toString()
  return `${path}?${query ? `${query}&` : ''}${tail}`
}

const refused = () => new AppError('FORBIDDEN', '下载链接已失效或不完整，请回到工作台重新导出')

/** The grant a link carries, or 403 when it was altered, cut short or has expired. */
export function verifyExportLink(secret: string, kind: ExportKind, query: unknown, now: Date): ExportGrant {
  if (typeof query !== 'object' || query === null) throw refused()
  const params: Record<string, string> = {}
  let actorId = ''
  let exp = Number.NaN
  let sig = ''
  for (const [k, v] of Object.entries(query)) {
    if (typeof v !== 'string') throw refused()
    if (k === 'actor') actorId = v
    else if (k === 'exp') exp = Number(v)
    else if (k === 'sig') sig = v
    else params[k] = v
  }
  if (!actorId || !Number.isInteger(exp) || exp < Math.floor(now.getTime() / 1000)) throw refused()
  const expected = Buffer.from(sign(secret, kind, actorId, exp, canonical(params)))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused()
  return { actorId, kind, params }
}
