// 三率 from rollup sums (types/workbench.ts RATE_DEFINITIONS), the ranking's order and the
// dashboard's default range — the pure parts of the dashboard.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { averageDays, emptySums, rateSet, type StatSums } from '../../server/workbench/dashboard-rates'
import { dashboardRange, mondayOf } from '../../server/workbench/dashboard-range'
import { ranking } from '../../server/workbench/dashboard-ranking'
import type { ScopedUnion } from '../../server/workbench/dashboard-scope'

const sums = (over: Partial<StatSums>): StatSums => ({ ...emptySums(), ...over })

describe('dashboard rates', () => {
  it('响应率 = on time ÷ (responded + overdue without 签收); 解决率 = solved ÷ answered; 满意率 = satisfied ÷ rated', () => {
    const r = rateSet(sums({ responded: 8, respondedOnTime: 6, answeredOnce: 5, solved: 4, rated: 3, satisfied: 2 }), 2)
    assert.deepEqual(r.response, { numerator: 6, denominator: 10, rate: 0.6 })
    assert.deepEqual(r.solve, { numerator: 4, denominator: 5, rate: 0.8 })
    assert.deepEqual(r.satisfaction, { numerator: 2, denominator: 3, rate: 2 / 3 })
  })

  it('a rate with nothing behind it is null (shown as —), not 0 or 100 %', () => {
    const r = rateSet(emptySums(), 0)
    assert.deepEqual(r.response, { numerator: 0, denominator: 0, rate: null })
    assert.equal(r.solve.rate, null)
    assert.equal(r.satisfaction.rate, null)
    // Only overdue tickets: owed a response, none given.
    assert.deepEqual(rateSet(emptySums(), 3).response, { numerator: 0, denominator: 3, rate: 0 })
  })

  it('averages working days to two decimals, null without data', () => {
    assert.equal(averageDays(3.5, 3), 1.17)
    assert.equal(averageDays(5.75, 10), 0.58) // not 0.57 from 0.575 * 100 = 57.4999…
    assert.equal(averageDays(0, 0), null)
    assert.equal(averageDays(0, 2), 0)
  })
})

describe('dashboard ranking', () => {
  const u = (id: string, name: string): ScopedUnion => ({ id, name, level: 'township', path: `/${id}/` })
  it('best 响应率 first, ties by more tickets, unions with nothing to rate last', () => {
    const rows = ranking(
      [u('a', '甲'), u('b', '乙'), u('c', '丙'), u('d', '丁')],
      new Map([
        ['a', sums({ total: 4, responded: 4, respondedOnTime: 2 })],
        ['b', sums({ total: 9, responded: 2, respondedOnTime: 2 })],
        ['c', sums({ total: 6, responded: 3, respondedOnTime: 3 })]
      ]),
      new Map([['a', 0]])
    )
    assert.deepEqual(rows.map((r) => [r.union.id, r.tickets, r.response.rate]), [['b', 9, 1], ['c', 6, 1], ['a', 4, 0.5], ['d', 0, null]])
  })

  it('an overdue ticket without 签收 pulls its union down', () => {
    const rows = ranking([u('a', '甲'), u('b', '乙')], new Map([['a', sums({ total: 2, responded: 1, respondedOnTime: 1 })], ['b', sums({ total: 1, responded: 1, respondedOnTime: 1 })]]), new Map([['a', 1]]))
    assert.deepEqual(rows.map((r) => [r.union.id, r.response.numerator, r.response.denominator]), [['b', 1, 1], ['a', 1, 2]])
  })
})

describe('dashboard range', () => {
  const now = new Date('2027-03-03T23:30:00+08:00') // a Wednesday, late evening in Shanghai
  it('defaults to the last 30 days through today (Shanghai), weeks from the Monday of the first day', () => {
    const r = dashboardRange({}, now)
    assert.equal(r.to, '2027-03-03')
    assert.equal(r.from, '2027-02-02')
    assert.equal(r.thisWeek, '2027-03-01')
    assert.equal(r.weeks[0], '2027-02-01')
    assert.equal(r.weeks.at(-1), '2027-03-01')
    assert.equal(r.weeks.length, 5)
    assert.equal(r.fromAt.toISOString(), '2027-02-01T16:00:00.000Z')
    assert.equal(r.toAt.toISOString(), '2027-03-03T16:00:00.000Z')
  })

  it('completes a one-sided range and refuses one over ten years', () => {
    assert.deepEqual([dashboardRange({ to: '2027-01-31' }, now).from], ['2027-01-02'])
    assert.equal(dashboardRange({ from: '2027-02-20' }, now).to, '2027-03-03')
    assert.equal(dashboardRange({ from: '2027-04-01' }, now).to, '2027-04-01')
    assert.throws(() => dashboardRange({ from: '2000-01-01' }, now), /填写的内容有误/)
  })

  it('weeks start on Monday', () => {
    assert.equal(mondayOf('2027-03-07'), '2027-03-01') // Sunday
    assert.equal(mondayOf('2027-03-01'), '2027-03-01')
  })
})
