import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AppError } from '../../server/errors'
import { exportUrl, verifyExportLink } from '../../server/exports/export-link'
import { shanghaiDateTime } from '../../server/exports/format'
import { maskPhone } from '../../server/exports/masking'

describe('export phone masking', () => {
  it('hides four digits before the last four, keeps separators, never shows most of a short number', () => {
    assert.equal(maskPhone('13812345678'), '138****5678')
    assert.equal(maskPhone('0574-65123456'), '0574-****3456')
    assert.equal(maskPhone('+86 138 1234 5678'), '+86 138 **** 5678')
    assert.equal(maskPhone('65123456'), '****3456')
    assert.equal(maskPhone('6512345'), '*****45')
    assert.equal(maskPhone('110'), '*10')
    assert.equal(maskPhone('12'), '**')
    assert.equal(maskPhone(''), '')
  })
})

describe('export download links', () => {
  const secret = 'x'.repeat(32)
  const now = new Date('2027-03-02T02:00:00Z')
  const grant = { actorId: '8f9c3a43-2b7a-4c55-9a47-1f3c1a2b3c4d', kind: 'tickets' as const, params: { status: 'all', q: '工资 & 加班' } }
  const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams)
  const refused = (e: unknown) => e instanceof AppError && e.status === 403

  it('carries actor, kind and the filter; any change, another kind or a late use is refused', () => {
    const url = exportUrl(secret, '/api/workbench/exports/tickets.xlsx', grant, now)
    assert.deepEqual(verifyExportLink(secret, 'tickets', query(url), now), grant)
    assert.throws(() => verifyExportLink(secret, 'legal_cases', query(url), now), refused)
    assert.throws(() => verifyExportLink(secret, 'tickets', { ...query(url), status: 'open' }, now), refused)
    assert.throws(() => verifyExportLink(secret, 'tickets', { ...query(url), unionId: 'x' }, now), refused)
    assert.throws(() => verifyExportLink('y'.repeat(32), 'tickets', query(url), now), refused)
    assert.throws(() => verifyExportLink(secret, 'tickets', { ...query(url), status: ['all', 'open'] }, now), refused)
    assert.throws(() => verifyExportLink(secret, 'tickets', query(url), new Date(now.getTime() + 601_000)), refused)
    assert.doesNotThrow(() => verifyExportLink(secret, 'tickets', query(url), new Date(now.getTime() + 599_000)))
  })

  it('writes times in Shanghai', () => {
    assert.equal(shanghaiDateTime(new Date('2026-11-28T06:05:59Z')), '2026-11-28 14:05')
    assert.equal(shanghaiDateTime(null), null)
  })
})
