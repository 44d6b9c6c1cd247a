/**
 * Schema or server field paths (`childId`, `periods.0.name`) → the form field that shows the
 * message; the first message per field wins, paths the form does not show are dropped.
 */
export function toFieldErrors<F extends string>(byPath: Record<string, string>, pathToField: Record<string, F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {}
  for (const [path, message] of Object.entries(byPath)) {
    const field = pathToField[path.split('.')[0]]
    if (field && !out[field]) out[field] = message
  }
  return out
}
