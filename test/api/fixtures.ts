import { randomUUID } from 'node:crypto'
import type { GrievanceSubmitInput } from '../../types/schemas/grievance'

/** A valid grievance addressed to `unionId`; override any field. */
export function grievance(unionId: string, over: Partial<GrievanceSubmitInput> = {}): GrievanceSubmitInput {
  return {
    clientRequestId: `req-${randomUUID()}`,
    category: 'wages',
    title: '三个月工资没有发放',
    description: '我在跃龙街道一家快递网点做分拣，八月到十月的工资一直没有发，老板说等回款，请工会帮忙。',
    employer: '宁海顺达快递有限公司',
    targetUnionId: unionId,
    contactPhone: '13805741234',
    confidential: false,
    attachmentIds: [],
    ...over
  }
}

// The smallest valid files of each kind, from their signatures up.
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

export function multipart(filename: string, contentType: string, bytes: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----nj${randomUUID()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
