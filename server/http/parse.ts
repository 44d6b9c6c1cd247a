import type { z } from 'zod'
import { fieldErrors } from '../../types/schemas/validate'
import { invalid } from '../errors'

/** Validate a payload with its shared schema; bad input becomes a 400 with field messages. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // An absent body or query means no fields; an explicit JSON null is a bad body.
  const result = schema.safeParse(input === undefined ? {} : input)
  if (!result.success) throw invalid(fieldErrors(result.error))
  return result.data
}
