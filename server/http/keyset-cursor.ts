// Opaque keyset cursors: base64url of "<timestamp or 'infinity'>|<uuid>". Decoding checks the
// timestamp names a real instant, so a forged cursor is a 400, never a database error.
import { invalid } from '../errors'

const TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export interface KeysetCursor {
  key: string
  id: string
}

function realInstant(ts: string): boolean {
  const ms = Date.parse(ts)
  // Date.parse rolls 2月30日 over to 3月2日; a round trip catches it.
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === ts.slice(0, 19)
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(`${key}|${id}`).toString('base64url')
}

export function decodeCursor(cursor: string | undefined, opts: { allowInfinity?: boolean } = {}): KeysetCursor | undefined {
  if (!cursor) return undefined
  const [key, id, extra] = Buffer.from(cursor, 'base64url').toString().split('|')
  const keyOk = key !== undefined && ((opts.allowInfinity && key === 'infinity') || (TS.test(key) && realInstant(key)))
  if (!keyOk || !id || !UUID.test(id) || extra !== undefined) throw invalid({ cursor: '分页参数无效，请刷新列表' })
  return { key, id }
}
