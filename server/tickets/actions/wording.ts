// Dates in notices, the way the app shows them: 11月28日 周五.
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export function formatDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`
}

/** An instant as Shanghai wall-clock time in notices: 11月28日 周五 09:00. */
export function formatMoment(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString()
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`
}
