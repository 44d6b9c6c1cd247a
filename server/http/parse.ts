import type { z } from 'zod'
import { fieldErrors } from '../../types/schemas/validate'
import { invalid } from '../errors'

/** Validate a payload with its shared schema; bad input becomes a 400 with field messages. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {})
  if (!result.success) throw invalid(fieldErrors(result.error))
  return result.data
}
