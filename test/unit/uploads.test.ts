import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { signedFileUrl, verifyFileSignature } from '../../server/uploads/signed-url'
import { sniffImage } from '../../server/uploads/sniff'

describe('image type from bytes', () => {
  it('recognises JPEG, PNG and WebP signatures', () => {
    assert.equal(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0])), 'image/jpeg')
    assert.equal(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png')
    assert.equal(sniffImage(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1')), 'image/webp')
  })
  it('refuses everything else, including near misses', () => {
    assert.equal(sniffImage(Buffer.from('GIF89a')), undefined)
    assert.equal(sniffImage(Buffer.from('%PDF-1.7')), undefined)
    assert.equal(sniffImage(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1')), undefined)
    assert.equal(sniffImage(new Uint8Array([0xff, 0xd8])), undefined)
    assert.equal(sniffImage(new Uint8Array([])), undefined)
  })
})

describe('signed file URLs', () => {
  const secret = 's'.repeat(32)
  const id = '2f0e8c4e-1d1b-4a57-9f0a-1b2c3d4e5f60'
  const parts = (url: string) => {
    const u = new URL(url, 'http://x')
    return { exp: Number(u.searchParams.get('exp')), sig: u.searchParams.get('sig') ?? '' }
  }
  it('verify for the same id before expiry', () => {
    const now = Date.UTC(2026, 10, 22)
    const { exp, sig } = parts(signedFileUrl(secret, 3600, id, now))
    assert.equal(verifyFileSignature(secret, id, exp, sig, now + 3599_000), true)
  })
  it('fail after expiry, for another id, another secret or a changed expiry', () => {
    const now = Date.UTC(2026, 10, 22)
    const { exp, sig } = parts(signedFileUrl(secret, 3600, id, now))
    assert.equal(verifyFileSignature(secret, id, exp, sig, now + 3601_000), false)
    assert.equal(verifyFileSignature(secret, id.replace('2f', '3f'), exp, sig, now), false)
    assert.equal(verifyFileSignature('t'.repeat(32), id, exp, sig, now), false)
    assert.equal(verifyFileSignature(secret, id, exp + 1000, sig, now), false)
  })
})
