import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail, UploadResponse } from '../../types/api'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance, multipart, PNG_1PX } from './fixtures'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)])
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(32)])

describe('photos: upload, type check, access', () => {
  let ctx: TestContext
  const t: Record<string, string> = {}
  before(async () => {
    ctx = await createTestContext()
    for (const a of ['worker', 'parent', 'cadre-township', 'cadre-industry']) t[a] = await ctx.login(a)
  })
  after(() => ctx.close())

  const upload = (token: string | undefined, name: string, type: string, bytes: Buffer) =>
    ctx.request(token, { method: 'POST', url: '/api/uploads', ...multipart(name, type, bytes) })

  it('accepts JPEG, PNG and WebP judged by their bytes', async () => {
    for (const [bytes, mime] of [[JPEG, 'image/jpeg'], [PNG_1PX, 'image/png'], [WEBP, 'image/webp']] as const) {
      // The declared type and name are lies on purpose: only the bytes count.
      const r = await upload(t.worker, 'photo.gif', 'application/octet-stream', bytes)
      assert.equal(r.statusCode, 201, r.body)
      assert.equal((r.json() as UploadResponse).mime, mime)
    }
  })

  it('refuses a non-image dressed up as a JPEG, with a Chinese message', async () => {
    const r = await upload(t.worker, 'evil.jpg', 'image/jpeg', Buffer.from('<script>alert(1)</script>'))
    assert.equal(r.statusCode, 415)
    assert.equal((r.json() as ApiErrorBody).error.message, '只支持 JPG、PNG、WebP 格式的照片或 PDF 文件')
  })

  it('refuses files over 10 MB and keeps nothing on disk or in the database', async () => {
    const before = (await ctx.db.query('SELECT count(*)::int AS n FROM attachments')).rows[0].n
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)])
    const r = await upload(t.worker, 'big.jpg', 'image/jpeg', big)
    assert.equal(r.statusCode, 413)
    assert.match((r.json() as ApiErrorBody).error.message, /10MB/)
    assert.equal((await ctx.db.query('SELECT count(*)::int AS n FROM attachments')).rows[0].n, before)
  })

  it('refuses uploads without login or without a file', async () => {
    assert.equal((await upload(undefined, 'a.png', 'image/png', PNG_1PX)).statusCode, 401)
    const r = await ctx.request(t.worker, { method: 'POST', url: '/api/uploads', payload: {} })
    assert.equal(r.statusCode, 400)
  })

  it('serves a photo only to people who may see its ticket', async () => {
    const up = (await upload(t.worker, 'a.png', 'image/png', PNG_1PX)).json() as UploadResponse
    const bare = `/api/files/${up.id}`
    // Before it is attached: only its owner.
    assert.equal((await ctx.request(t.worker, { method: 'GET', url: bare })).statusCode, 200)
    assert.equal((await ctx.request(t['cadre-township'], { method: 'GET', url: bare })).statusCode, 404)

    const ticket = (await ctx.request(t.worker, {
      method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!, { attachmentIds: [up.id] })
    })).json() as TicketDetail
    const got = await ctx.request(t['cadre-township'], { method: 'GET', url: bare })
    assert.equal(got.statusCode, 200)
    assert.equal(got.headers['content-type'], 'image/png')
    assert.deepEqual(got.rawPayload, PNG_1PX)
    assert.equal((await ctx.request(t['cadre-industry'], { method: 'GET', url: bare })).statusCode, 404)
    assert.equal((await ctx.request(t.parent, { method: 'GET', url: bare })).statusCode, 404)
    assert.equal((await ctx.request(undefined, { method: 'GET', url: bare })).statusCode, 401)

    // The signed URL in the ticket works without a header (for <Image>) …
    const signed = ticket.attachments[0]!.url
    const viaSig = await ctx.request(undefined, { method: 'GET', url: signed })
    assert.equal(viaSig.statusCode, 200)
    assert.deepEqual(viaSig.rawPayload, PNG_1PX)
    // … but not once tampered with or pointed at another file.
    assert.equal((await ctx.request(undefined, { method: 'GET', url: signed.replace(/sig=(.)/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`) })).statusCode, 401)
    const other = (await upload(t.parent, 'b.png', 'image/png', PNG_1PX)).json() as UploadResponse
    assert.equal((await ctx.request(undefined, { method: 'GET', url: signed.replace(up.id, other.id) })).statusCode, 401)
  })

  it('stops one person filling the disk with uploads never attached to a ticket', async () => {
    const parent = ctx.seed.users.parent!
    await ctx.db.query(
      `INSERT INTO attachments (owner_id, storage_key, mime, size, sha256)
       SELECT $1, 'flood/' || g || '.png', 'image/png', 1, 'x' FROM generate_series(1, 60) g`,
      [parent]
    )
    const r = await upload(t.parent, 'a.png', 'image/png', PNG_1PX)
    assert.equal(r.statusCode, 429)
    assert.equal((r.json() as ApiErrorBody).error.message, '今天上传的照片太多了，请明天再试')
    assert.equal((await upload(t.worker, 'a.png', 'image/png', PNG_1PX)).statusCode, 201, 'others are not affected')
  })
})
