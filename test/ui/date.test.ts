import { formatDate, formatDateTime, formatDueDate } from '../../src/utils/date'

// Dates are built from local parts so the tests hold in any time zone.
const now = new Date(2026, 10, 22, 9, 0)

describe('date formatting', () => {
  test('month, day and weekday in Chinese', () => {
    expect(formatDate(new Date(2026, 10, 27, 14, 5), now)).toBe('11月27日 周五')
    expect(formatDate(new Date(2026, 0, 4), now)).toBe('1月4日 周日')
    expect(formatDate(new Date(2026, 10, 22), now)).toBe('11月22日 周日')
  })

  test('time in 24-hour form with leading zeros', () => {
    expect(formatDateTime(new Date(2026, 10, 27, 14, 5), now)).toBe('11月27日 周五 14:05')
    expect(formatDateTime(new Date(2026, 10, 27, 8, 0), now)).toBe('11月27日 周五 08:00')
  })

  test('another year is named, so an old ticket never looks recent', () => {
    expect(formatDate(new Date(2025, 10, 28), now)).toBe('2025年11月28日 周五')
    expect(formatDateTime(new Date(2025, 10, 28, 23, 59), now)).toBe('2025年11月28日 周五 23:59')
  })

  test('ISO strings from the API and bad input', () => {
    const iso = new Date(2026, 10, 27, 14, 5).toISOString()
    expect(formatDateTime(iso, now)).toBe('11月27日 周五 14:05')
    expect(formatDate('not a date', now)).toBe('')
    expect(formatDateTime('', now)).toBe('')
  })
})

describe('deadline dates', () => {
  test('a deadline is the end (24:00) of its last day, which is the day shown', () => {
    // 24:00 on 11月27日 in Shanghai is 16:00 UTC that day.
    expect(formatDueDate('2026-11-27T16:00:00.000Z', now)).toBe('11月27日 周五')
    expect(formatDueDate('not a date', now)).toBe('')
  })
})
