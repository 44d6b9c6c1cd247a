// <Image> in a mini-program cannot send an Authorization header, so files are served from
// short-lived URLs signed for one attachment; they are handed out only to people who may
// see the ticket.
import { createHmac, timingSafeEqual } from 'node:crypto'

function sign(secret: string, id: string, exp: number): string {
  return createHmac('sha256', secret).update(`${id}.${exp}`).digest('base64url')
}

/** `path?exp=…&sig=…`, signed for `id` (which names what the link opens, scope included). */
export function signedUrl(secret: string, ttlSeconds: number, path: string, id: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + ttlSeconds
  return `${path}?exp=${exp}&sig=${sign(secret, id, exp)}`
}

export function signedFileUrl(secret: string, ttlSeconds: number, id: string, now = Date.now()): string {
  return signedUrl(secret, ttlSeconds, `/api/files/${id}`, id, now)
}

export function verifyFileSignature(secret: string, id: string, exp: number, sig: string, now = Date.now()): boolean {
  if (!Number.isInteger(exp) || exp < Math.floor(now / 1000)) return false
  const expected = Buffer.from(sign(secret, id, exp))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
