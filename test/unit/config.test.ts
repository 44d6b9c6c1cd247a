import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from '../../server/config'

const prod = { NODE_ENV: 'production', WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 'sec', FILE_URL_SECRET: 'f'.repeat(32) }

describe('config', () => {
  it('defaults to port 3000, embedded database and demo login outside production', () => {
    const c = loadConfig({}, '/srv/app')
    assert.equal(c.port, 3000)
    assert.equal(c.databaseUrl, undefined)
    assert.equal(c.demoLogin, true)
    assert.equal(c.seedDemo, true)
    assert.equal(c.dataDir, '/srv/app/.data')
    assert.equal(c.uploadDir, '/srv/app/.data/uploads')
  })

  it('never enables demo login in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production', FILE_URL_SECRET: 'f'.repeat(32) }), ConfigError)
    const c = loadConfig(prod)
    assert.equal(c.demoLogin, false)
  })

  it('turns demo login off once WeChat is configured', () => {
    assert.equal(loadConfig({ WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 'sec' }).demoLogin, false)
  })

  it('refuses half or malformed settings with a readable message', () => {
    assert.throws(() => loadConfig({ WECHAT_APP_ID: 'wx1' }), /must be set together/)
    assert.throws(() => loadConfig({ ...prod, FILE_URL_SECRET: undefined }), /FILE_URL_SECRET/)
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/)
    assert.throws(() => loadConfig({ DATABASE_URL: 'not a url' }), /DATABASE_URL/)
  })

  it('does not seed demo data into an external database unless asked', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo, false)
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'true' }).seedDemo, true)
  })
})
