import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { drawKey, drawOrder } from '../../server/childcare/draw-order'
import { createRateLimiter } from '../../server/http/rate-limit'
import { AppError } from '../../server/errors'
import { classSchema } from '../../types/schemas/childcare'

describe('lottery order', () => {
  it('puts priority first, then orders by SHA-256(seed:number), the same every time', () => {
    const candidates = ['TB1', 'TB2', 'TB3', 'TB4', 'TB5'].map((number, i) => ({ number, priority: i === 4 }))
    const a = drawOrder('seed-1', candidates)
    assert.equal(a[0]!.number, 'TB5')
    const rest = a.slice(1).map((c) => drawKey('seed-1', c.number))
    assert.deepEqual(rest, [...rest].sort())
    assert.deepEqual(drawOrder('seed-1', [...candidates].reverse()), a, 'input order does not matter')
    assert.notDeepEqual(drawOrder('seed-2', candidates).map((c) => c.number), a.map((c) => c.number))
  })
})

describe('per-user rate limit', () => {
  it('allows a burst, refuses in Chinese, refills over time, per key', () => {
    let t = 0
    const limiter = createRateLimiter({ burst: 2, refillMs: 1000 }, () => t)
    limiter.take('a')
    limiter.take('a')
    assert.throws(() => limiter.take('a'), (e: AppError) => e.code === 'RATE_LIMITED' && e.message === '操作太频繁，请 1 秒后再试')
    limiter.take('b')
    t = 1000
    limiter.take('a')
    assert.throws(() => limiter.take('a'))
  })
})

describe('class schema', () => {
  it('checks the opening window and period dates against the sign-up close', () => {
    const base = {
      unionId: '8f9c3a43-2b7a-4c55-9a47-1f3c1a2b3c4d', title: '暑期爱心托班', season: '2027年暑期', address: '跃龙街道人民大道 100 号',
      description: '作业辅导、阅读和体育活动。', ageMin: 6, ageMax: 12, allocationMode: 'first_come' as const,
      opensAt: '2027-06-01T09:00:00+08:00', closesAt: '2027-06-10T18:00:00+08:00',
      periods: [{ name: '第一期', startDate: '2027-06-09', endDate: '2027-06-20', dailyStart: '08:30', dailyEnd: '17:00', capacity: 30 }]
    }
    const r = classSchema.safeParse(base)
    assert.equal(r.success, false)
    assert.equal(r.error?.issues[0]?.message, '开班日期须在报名截止之后')
    assert.equal(classSchema.safeParse({ ...base, periods: [{ ...base.periods[0], startDate: '2027-06-10' }] }).success, true)
    const times = classSchema.safeParse({ ...base, closesAt: base.opensAt })
    assert.ok(times.error?.issues.some((i) => i.message === '报名截止时间须晚于开始时间'))
  })
})
