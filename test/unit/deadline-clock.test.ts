// Deadline arithmetic on the real holiday package data (chinese-days): the 2025 and 2026
// Spring Festival and National Day breaks with their 调休 weekend working days, a 待补充材料
// pause, and a year the package does not know before and after an admin enters the notice.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadChineseDays } from '../../server/calendar/chinese-days-source'
import { WorkingCalendar } from '../../server/calendar/working-days'
import { deadlineFrom, dueDate, dueLight, extendDeadline, pausedWorkingDays, workingDaysLeft } from '../../server/deadlines/clock'

const source = loadChineseDays()
const cal = new WorkingCalendar(source)
const at = (iso: string) => new Date(iso)

describe('deadlines in working days (Asia/Shanghai)', () => {
  it('jumps the 2025 Spring Festival and counts the 调休 Saturday 2月8日', () => {
    const d = deadlineFrom(cal, at('2025-01-27T10:00:00+08:00'), 5)
    assert.equal(dueDate(d.dueAt), '2025-02-10')
    assert.equal(d.dueAt.toISOString(), '2025-02-10T16:00:00.000Z') // 24:00 in Shanghai
    // Yellow once only the due day's working day is left: from the end of Saturday 2月8日.
    assert.equal(d.warnAt.toISOString(), '2025-02-08T16:00:00.000Z')
    // The 调休 Sunday before the break is a working day too.
    assert.equal(dueDate(deadlineFrom(cal, at('2025-01-25T09:00:00+08:00'), 1).dueAt), '2025-01-26')
  })

  it('jumps the 2025 National Day week and counts the 调休 Saturday 10月11日', () => {
    assert.equal(dueDate(deadlineFrom(cal, at('2025-09-30T17:00:00+08:00'), 5).dueAt), '2025-10-14')
    assert.equal(dueDate(deadlineFrom(cal, at('2025-09-27T12:00:00+08:00'), 1).dueAt), '2025-09-28')
  })

  it('jumps the 2026 Spring Festival (2月15日–23日) with the 调休 Saturdays 2月14日 and 2月28日', () => {
    assert.equal(dueDate(deadlineFrom(cal, at('2026-02-13T10:00:00+08:00'), 1).dueAt), '2026-02-14')
    assert.equal(dueDate(deadlineFrom(cal, at('2026-02-13T10:00:00+08:00'), 5).dueAt), '2026-02-27')
    assert.equal(dueDate(deadlineFrom(cal, at('2026-02-26T10:00:00+08:00'), 2).dueAt), '2026-02-28')
  })

  it('jumps the 2026 National Day week and counts the 调休 Saturday 10月10日', () => {
    assert.equal(dueDate(deadlineFrom(cal, at('2026-09-30T10:00:00+08:00'), 5).dueAt), '2026-10-13')
    assert.equal(dueDate(deadlineFrom(cal, at('2026-09-19T10:00:00+08:00'), 1).dueAt), '2026-09-20')
  })

  it('counts the day by Shanghai time: 23:30 UTC on a Sunday is Monday in Shanghai', () => {
    // 2026-11-22T23:30Z is Monday 11月23日 07:30 in Shanghai; 1 working day → Tuesday.
    assert.equal(dueDate(deadlineFrom(cal, at('2026-11-22T23:30:00Z'), 1).dueAt), '2026-11-24')
  })

  it('adds the working days a 待补充材料 pause took, holidays not included', () => {
    const answer = deadlineFrom(cal, at('2026-02-13T10:00:00+08:00'), 5).dueAt // 2月27日
    // Paused Friday 2月13日 afternoon, resumed Wednesday 2月25日: 13日, 14日 (调休) and 24日 stood still.
    const paused = pausedWorkingDays(cal, at('2026-02-13T15:00:00+08:00'), at('2026-02-25T09:00:00+08:00'))
    assert.equal(paused, 3)
    // 2月27日 + 3: 2月28日 (调休 Saturday), 3月2日, 3月3日.
    assert.equal(dueDate(extendDeadline(cal, answer, paused).dueAt), '2026-03-03')
    assert.equal(pausedWorkingDays(cal, at('2026-03-02T09:00:00+08:00'), at('2026-03-02T17:00:00+08:00')), 0)
    // A weekend-only pause costs nothing.
    assert.equal(pausedWorkingDays(cal, at('2026-03-07T09:00:00+08:00'), at('2026-03-09T08:00:00+08:00')), 0)
  })

  it('counts down working days, 1 on the due day, negative once overdue', () => {
    const due = deadlineFrom(cal, at('2026-02-13T10:00:00+08:00'), 5).dueAt // 2月27日
    assert.equal(workingDaysLeft(cal, due, at('2026-02-13T11:00:00+08:00')), 6)
    assert.equal(workingDaysLeft(cal, due, at('2026-02-20T11:00:00+08:00')), 4) // inside the holiday
    assert.equal(workingDaysLeft(cal, due, at('2026-02-27T23:00:00+08:00')), 1)
    assert.equal(workingDaysLeft(cal, due, at('2026-02-28T09:00:00+08:00')), -1) // 调休 Saturday
    assert.equal(workingDaysLeft(cal, due, at('2026-03-01T09:00:00+08:00')), -1)
  })

  it('turns green → yellow → red', () => {
    const d = deadlineFrom(cal, at('2026-11-23T10:00:00+08:00'), 5) // Monday → Monday 11月30日
    assert.equal(dueDate(d.dueAt), '2026-11-30')
    assert.equal(dueLight(at('2026-11-27T23:59:00+08:00'), d.dueAt, d.warnAt), 'green')
    assert.equal(dueLight(at('2026-11-28T00:00:00+08:00'), d.dueAt, d.warnAt), 'yellow')
    assert.equal(dueLight(at('2026-11-30T23:59:59+08:00'), d.dueAt, d.warnAt), 'yellow')
    assert.equal(dueLight(at('2026-12-01T00:00:00+08:00'), d.dueAt, d.warnAt), 'red')
    assert.equal(dueLight(at('2026-12-01T00:00:00+08:00'), null, null), null)
  })

  it('in 2027, which the package does not know, counts 1月1日 as a working day until the notice is entered', () => {
    assert.equal(source.years.has(2027), false)
    assert.deepEqual(cal.missingYears(at('2026-11-22T10:00:00+08:00'), 90), [2027])
    // Conservative: without data 1月1日 (a Friday) counts, so the deadline is never later than the truth.
    assert.equal(dueDate(deadlineFrom(cal, at('2026-12-31T10:00:00+08:00'), 1).dueAt), '2027-01-01')
    const entered = new WorkingCalendar(
      source,
      [
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-01-02', kind: 'holiday' },
        { date: '2027-01-03', kind: 'holiday' }
      ],
      [2027]
    )
    assert.deepEqual(entered.missingYears(at('2026-11-22T10:00:00+08:00'), 90), [])
    assert.equal(dueDate(deadlineFrom(entered, at('2026-12-31T10:00:00+08:00'), 1).dueAt), '2027-01-04')
    // An override also wins over the package in a known year (e.g. a corrected notice).
    const corrected = new WorkingCalendar(source, [{ date: '2026-02-14', kind: 'holiday' }])
    assert.equal(dueDate(deadlineFrom(corrected, at('2026-02-13T10:00:00+08:00'), 1).dueAt), '2026-02-24')
  })
})
