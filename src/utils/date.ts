import dayjs from 'dayjs'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

type DateInput = string | number | Date

function parse(input: DateInput): dayjs.Dayjs | null {
  const d = dayjs(input)
  return d.isValid() ? d : null
}

/**
 * `11月28日 周五`; dates outside the current year get the year in front
 * (`2025年11月28日 周五`) so an old ticket never looks recent.
 */
export function formatDate(input: DateInput, now: DateInput = new Date()): string {
  const d = parse(input)
  if (!d) return ''
  const day = `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`
  return d.year() === dayjs(now).year() ? day : `${d.year()}年${day}`
}

/** `11月28日 周五 14:05`. */
export function formatDateTime(input: DateInput, now: DateInput = new Date()): string {
  const d = parse(input)
  if (!d) return ''
  return `${formatDate(d.toDate(), now)} ${d.format('HH:mm')}`
}

/**
 * A deadline instant from the API is the end (24:00) of the last day one may still act, i.e.
 * the start of the next day; show that last day.
 */
export function formatDueDate(dueAt: string, now: DateInput = new Date()): string {
  const end = Date.parse(dueAt)
  return Number.isNaN(end) ? '' : formatDate(end - 1, now)
}
