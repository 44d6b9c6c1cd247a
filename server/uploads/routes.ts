import { createHash, randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { UploadResponse } from '../../types/api'
import type { AppDeps } from '../app-deps'
import { AppError, notFound } from '../errors'
import { requireAuth } from '../http/auth'
import { accessFor } from '../tickets/access'
import { getTicket } from '../tickets/ticket-repo'
import { urlSigner } from '../tickets/routes-shared'
import { findAttachment, insertAttachment, type AttachmentRow } from './attachment-repo'
import { EXTENSIONS, sniffUpload } from './sniff'
import { verifyFileSignature } from './signed-url'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** Uploads not yet attached to a ticket, per person per day: stops disk-filling abuse. */
const MAX_LOOSE_UPLOADS_PER_DAY = 60

const fileQuery = z.object({ exp: z.coerce.number().int().optional(), sig: z.string().max(100).optional() })

export function uploadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, files, config } = deps
  const sign = urlSigner(deps)

  app.post('/api/uploads', async (request, reply) => {
    const { userId } = requireAuth(request)
    if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以表单方式上传照片', { file: '请选择要上传的照片' })
    const loose = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM attachments
       WHERE owner_id = $1 AND ticket_id IS NULL AND created_at > now() - interval '1 day'`,
      [userId]
    )
    if ((loose.rows[0]?.n ?? 0) >= MAX_LOOSE_UPLOADS_PER_DAY) throw new AppError('RATE_LIMITED', '今天上传的照片太多了，请明天再试')
    const part = await request.file() // size and count limits are set where multipart is registered
    if (!part) throw new AppError('VALIDATION_FAILED', '请选择要上传的照片', { file: '请选择要上传的照片' })
    const bytes = await part.toBuffer()
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', '照片是空的，请重新选择', { file: '照片是空的，请重新选择' })
    const mime = sniffUpload(bytes.subarray(0, 16))
    if (!mime) {
      const msg = '只支持 JPG、PNG、WebP 格式的照片或 PDF 文件'
      throw new AppError('UNSUPPORTED_FILE_TYPE', msg, { file: msg })
    }

    const id = randomUUID()
    const day = new Date().toISOString().slice(0, 7)
    const storageKey = `${day}/${id}.${EXTENSIONS[mime]}`
    await files.put(storageKey, bytes)
    try {
      await insertAttachment(db, { id, ownerId: userId, storageKey, mime, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
    } catch (err) {
      await files.remove(storageKey) // keep disk and database in step
      throw err
    }
    const body: UploadResponse = { id, mime, size: bytes.length, url: sign(id) }
    return reply.status(201).send(body)
  })

  async function mayView(userId: string, a: AttachmentRow): Promise<boolean> {
    if (a.owner_id === userId) return true
    if (!a.ticket_id) return false
    const ticket = await getTicket(db, a.ticket_id)
    return ticket !== undefined && (await accessFor(db, userId, ticket)).roles.length > 0
  }

  app.get('/api/files/:id', async (request, reply) => {
    const idParse = z.object({ id: z.uuid() }).safeParse(request.params)
    if (!idParse.success) throw notFound('文件')
    const id = idParse.data.id
    const q = fileQuery.safeParse(request.query)
    const signed = q.success && q.data.exp !== undefined && q.data.sig !== undefined &&
      verifyFileSignature(config.fileUrlSecret, id, q.data.exp, q.data.sig)
    const a = await findAttachment(db, id)
    if (!a) throw notFound('文件')
    if (!signed) {
      // Without a valid signature the caller must be someone allowed to see the ticket.
      const auth = requireAuth(request)
      if (!(await mayView(auth.userId, a))) throw notFound('文件')
    }
    return reply
      .header('Content-Type', a.mime)
      .header('Content-Length', a.size)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, max-age=3600')
      // A PDF opens in the browser's viewer, with no script of its own running on our origin.
      .header('Content-Security-Policy', a.mime === 'application/pdf' ? 'sandbox' : "default-src 'none'")
      .send(files.read(a.storage_key))
  })
}
