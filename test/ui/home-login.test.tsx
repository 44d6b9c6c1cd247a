import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser } from '../../types/api'
import LoginPage from '../../src/packages/account/login/index'
import IndexPage from '../../src/pages/index/index'
import MinePage from '../../src/pages/mine/index'
import * as auth from '../../src/services/auth'
import * as notifications from '../../src/services/notifications'
import { $, $$, mountPage, settle, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth') // every export becomes a jest.fn
jest.mock('../../src/services/notifications') // 我的 shows the unread count

const fetchMe = jest.mocked(auth.fetchMe)
const fetchDemoAccounts = jest.mocked(auth.fetchDemoAccounts)
const loginWithDemo = jest.mocked(auth.loginWithDemo)

const worker: CurrentUser = { id: 'u1', displayName: '张建军', cadreOf: [], isLawyer: false, employerUnion: null, isCalendarAdmin: false }
const cadre: CurrentUser = { id: 'u2', displayName: '王丽', cadreOf: [{ id: 'g1', name: '跃龙街道总工会' }], isLawyer: false, employerUnion: null, isCalendarAdmin: false }

function logInAs(user: CurrentUser) {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', user)
  fetchMe.mockResolvedValue(user)
}

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  jest.mocked(notifications.fetchUnreadCount).mockResolvedValue({ unread: 0 })
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('首页', () => {
  test('without login, a service sends the person to login first and remembers where to go', async () => {
    utils = await mountPage(IndexPage)
    expect(text('.home-title')).toBe('娘家人')
    // Every service is open now.
    expect($$('.service-soon')).toHaveLength(0)
    expect($('#service-childcare .service-soon')).toBeNull()
    expect($('.shortcut-workbench')).toBeNull()

    await tap(utils, '#service-grievance')
    await waitUntil(utils, () => window.location.hash.includes('/packages/account/login/index'), 'the login page')
    expect(decodeURIComponent(window.location.hash)).toContain('redirect=/packages/grievance/new/index')
  })

  test('a cadre gets the 工会工作台 shortcut; a worker does not', async () => {
    logInAs(cadre)
    utils = await mountPage(IndexPage)
    await settle(utils)
    expect(text('.shortcut-workbench')).toContain('工会工作台')
    await tap(utils, '.shortcut-workbench')
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/inbox/index'), 'the inbox')
    utils.unmout()
    document.body.innerHTML = ''

    logInAs(worker)
    utils = await mountPage(IndexPage)
    await settle(utils)
    expect($('.shortcut-mine')).not.toBeNull()
    expect($('.shortcut-workbench')).toBeNull()
  })
})

describe('我的', () => {
  test('大字模式 is stored and enlarges the page', async () => {
    logInAs(cadre)
    utils = await mountPage(MinePage)
    await settle(utils)
    expect(text('.mine-name')).toBe('王丽')
    expect(text('.mine-union')).toBe('跃龙街道总工会')
    expect($('.page--large')).toBeNull()

    const input = await waitFor(utils, '.large-text-switch input')
    await utils.act(async () => {
      utils?.fireEvent.click(input)
    })
    await settle(utils)
    expect($('.page--large')).not.toBeNull()
    expect(Taro.getStorageSync('nj.prefs.largeText')).toBe(true)
  })
})

describe('登录', () => {
  test('lists the demo accounts; picking one logs in and goes where the person was going', async () => {
    fetchDemoAccounts.mockResolvedValue([
      { account: 'worker', displayName: '张建军', description: '快递员，已有两件诉求' },
      { account: 'cadre-township', displayName: '王丽', description: '跃龙街道总工会干部' }
    ])
    loginWithDemo.mockResolvedValue({ token: 't', expiresAt: '2026-12-22T00:00:00.000Z', user: worker })
    utils = await mountPage(LoginPage, { redirect: encodeURIComponent('/packages/grievance/new/index') })
    await waitFor(utils, '.demo-account')

    expect($$('.demo-account').map((b) => b.getAttribute('data-account'))).toEqual(['worker', 'cadre-township'])
    expect(text('#demo-worker')).toContain('张建军')
    expect(text('#demo-worker')).toContain('快递员，已有两件诉求')

    await tap(utils, '#demo-worker')
    expect(loginWithDemo).toHaveBeenCalledWith('worker')
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/new/index'), 'the redirect')
  })

  test('says so clearly when demo login is off (H5 has no WeChat login)', async () => {
    fetchDemoAccounts.mockResolvedValue(null)
    utils = await mountPage(LoginPage)
    await waitFor(utils, '.demo-off')
    expect(text('.demo-off')).toContain('演示登录未开启')
    expect($('.demo-account')).toBeNull()
    expect($('.wechat-login-btn')).toBeNull()
  })
})
