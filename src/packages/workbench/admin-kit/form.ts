import Taro from '@tarojs/taro'
import type { z } from 'zod'
import { fieldErrors } from '../../../../types/schemas/validate'
import { errorMessage, isApiError } from '../../../services/request'

export type FieldErrors = Record<string, string>

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/** Validate with the server's own schema, giving field → first Chinese message. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const res = schema.safeParse(input)
  return res.success ? { ok: true, data: res.data } : { ok: false, errors: fieldErrors(res.error) }
}

/** A failed save: the server's field messages when it sent some, otherwise one for a toast. */
export function saveFailure(err: unknown): { errors: FieldErrors; message: string } {
  if (isApiError(err) && Object.keys(err.fields).length > 0) return { errors: err.fields, message: err.message }
  return { errors: {}, message: errorMessage(err) }
}

/** Ask before deleting; true when the person confirmed. */
export async function confirmDelete(content: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title: '确认删除', content, confirmText: '删除', confirmColor: '#C8161D' })
  return confirm
}
