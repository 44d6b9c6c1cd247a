import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadChineseDays } from '../../server/calendar/chinese-days-source'
import { shanghaiDate, WorkingCalendar } from '../../server/calendar/working-days'

const source = loadChineseDays()
const shanghai = (local: string) => new Date(`${local}+08:00`)

describe('working days (Asia/Shanghai, statutory holidays and 调休)', () => {
  const cal = new WorkingCalendar(source)

  it('skips the National Day week and counts the 调休 Saturday as a working day', () => {
    // 10-01…10-07 are off, Saturday 10-10 is a make-up working day.
    assert.equal(cal.addWorkingDays(shanghai('2026-09-30T10:00:00'), 5), '2026-10-13')
    assert.equal(cal.isWorkingDay('2026-10-10'), true)
    assert.equal(cal.isWorkingDay('2026-10-05'), false)
  })

  it('counts from the Shanghai calendar day, not the UTC one', () => {
    // 16:30 UTC on Friday 11-27 is already Saturday 00:30 in Shanghai.
    assert.equal(shanghaiDate(new Date('2026-11-27T16:30:00Z')), '2026-11-28')
    assert.equal(cal.addWorkingDays(new Date('2026-11-27T16:30:00Z'), 1), '2026-11-30')
    assert.equal(cal.addWorkingDays(shanghai('2026-11-27T10:00:00'), 1), '2026-11-30')
    assert.equal(cal.addWorkingDays(shanghai('2026-11-25T10:00:00'), 0), '2026-11-25')
    assert.throws(() => cal.addWorkingDays(new Date(), -1), RangeError)
  })

  it('counts working days between two dates', () => {
    assert.equal(cal.workingDaysBetween('2026-09-30', '2026-10-13'), 5)
    assert.equal(cal.workingDaysBetween('2026-11-23', '2026-11-23'), 0)
  })

  it('measures elapsed working time in working days, leaving out weekends and holidays', () => {
    // Friday 17:00 → Monday 09:00: 7 h on Friday + 9 h on Monday = 16/24.
    assert.equal(cal.workingDaysElapsed(shanghai('2026-11-27T17:00:00'), shanghai('2026-11-30T09:00:00')), 0.67)
    // Two full working days (Mon 00:00 → Wed 00:00).
    assert.equal(cal.workingDaysElapsed(shanghai('2026-11-23T00:00:00'), shanghai('2026-11-25T00:00:00')), 2)
    // 09-30 12:00 → 10-08 12:00: the holiday week counts nothing (09-30 half + 10-08 half).
    assert.equal(cal.workingDaysElapsed(shanghai('2026-09-30T12:00:00'), shanghai('2026-10-08T12:00:00')), 1)
    // A Saturday-only span is zero; backwards is zero.
    assert.equal(cal.workingDaysElapsed(shanghai('2026-11-28T08:00:00'), shanghai('2026-11-28T20:00:00')), 0)
    assert.equal(cal.workingDaysElapsed(shanghai('2026-11-25T10:00:00'), shanghai('2026-11-24T10:00:00')), 0)
  })

  it('notices a year without data and counts it conservatively (weekends only)', () => {
    assert.equal(cal.hasDataFor(2026), true)
    assert.equal(cal.hasDataFor(2027), false)
    assert.deepEqual(cal.missingYears(shanghai('2026-12-20T09:00:00'), 60), [2027])
    assert.deepEqual(cal.missingYears(shanghai('2026-06-01T09:00:00'), 60), [])
    // 2027-01-01 is a Friday: without the notice it is treated as a working day.
    assert.equal(cal.isWorkingDay('2027-01-01'), true)
    assert.equal(cal.addWorkingDays(shanghai('2026-12-31T10:00:00'), 1), '2027-01-01')
  })

  it('lets an admin’s entries from the official notice win over the package', () => {
    const withNotice = new WorkingCalendar(source, [
      { date: '2027-01-01', kind: 'holiday' },
      { date: '2026-10-10', kind: 'holiday' }
    ])
    // The days entered apply at once, but one entry does not make the year known…
    assert.equal(withNotice.hasDataFor(2027), false)
    assert.deepEqual(withNotice.missingYears(shanghai('2026-12-20T09:00:00'), 60), [2027])
    assert.equal(withNotice.isWorkingDay('2027-01-01'), false)
    // …until an admin confirms the whole notice is entered.
    const confirmed = new WorkingCalendar(source, [{ date: '2027-01-01', kind: 'holiday' }], [2027])
    assert.deepEqual(confirmed.missingYears(shanghai('2026-12-20T09:00:00'), 60), [])
    assert.equal(withNotice.addWorkingDays(shanghai('2026-12-31T10:00:00'), 1), '2027-01-04')
    assert.equal(withNotice.isWorkingDay('2026-10-10'), false)
  })
})
