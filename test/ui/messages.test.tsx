import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser, Notification } from '../../types/api'
import MessagesPage from '../../src/packages/messages/index/index'
import MinePage from '../../src/pages/mine/index'
import * as auth from '../../src/services/auth'
import * as notifications from '../../src/services/notifications'
import { ApiError } from '../../src/services/request'
import { $, $$, mountPage, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/notifications')

const fetchMe = jest.mocked(auth.fetchMe)
const fetchNotifications = jest.mocked(notifications.fetchNotifications)
const fetchUnreadCount = jest.mocked(notifications.fetchUnreadCount)
const markNotificationRead = jest.mocked(notifications.markNotificationRead)
const markAllNotificationsRead = jest.mocked(notifications.markAllNotificationsRead)

const worker: CurrentUser = { id: 'u1', displayName: '张建军', cadreOf: [], isLawyer: false, employerUnion: null, isCalendarAdmin: false }
const cadre: CurrentUser = { ...worker, id: 'u2', displayName: '王丽', cadreOf: [{ id: 'g1', name: '跃龙街道总工会' }] }

function message(n: number, overrides: Partial<Notification> = {}): Notification {
  return {
    id: `n${n}`,
    title: `诉求已答复 ${n}`,
    body: `您的诉求「三个月工资未发」已有答复 ${n}`,
    ticketId: `t${n}`,
    ticketKind: 'grievance',
    createdAt: '2026-11-28T06:05:00.000Z',
    read: false,
    ...overrides
  }
}

function logInAs(user: CurrentUser) {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', user)
  fetchMe.mockResolvedValue(user)
}

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchNotifications.mockReset()
  markNotificationRead.mockReset().mockResolvedValue(undefined)
  markAllNotificationsRead.mockReset().mockResolvedValue(undefined)
  fetchUnreadCount.mockReset().mockResolvedValue({ unread: 0 })
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('消息中心', () => {
  test('lists messages newest first with the unread ones marked', async () => {
    logInAs(worker)
    fetchNotifications.mockResolvedValueOnce({ items: [message(1), message(2, { read: true })], nextCursor: null })
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.messages .message-item')

    const items = $$('.message-item')
    expect(items).toHaveLength(2)
    expect(items[0].querySelector('.message-title')?.textContent).toBe('诉求已答复 1')
    expect(items[0].classList.contains('message-item--unread')).toBe(true)
    expect(items[0].querySelector('.message-dot')).not.toBeNull()
    expect(items[1].classList.contains('message-item--unread')).toBe(false)
    expect(items[1].querySelector('.message-dot')).toBeNull()
    expect(items[0].querySelector('.message-meta')?.textContent).toContain('11月28日 周六')
    expect(fetchNotifications).toHaveBeenLastCalledWith(null)
  })

  test('tapping an unread message marks it read and opens the worker’s ticket', async () => {
    logInAs(worker)
    fetchNotifications.mockResolvedValueOnce({ items: [message(1)], nextCursor: null })
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.message-item--unread')

    await tap(utils, '#message-n1')
    expect(markNotificationRead).toHaveBeenCalledWith('n1')
    expect($('.message-item--unread')).toBeNull()
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index?id=t1'), 'the grievance detail')
  })

  test('a cadre is taken to the workbench detail, and a read message is not marked again', async () => {
    logInAs(cadre)
    fetchNotifications.mockResolvedValueOnce({ items: [message(3, { read: true })], nextCursor: null })
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.message-item')

    await tap(utils, '#message-n3')
    expect(markNotificationRead).not.toHaveBeenCalled()
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/detail/index?id=t3'), 'the workbench detail')
  })

  test('a 托班 message opens the sign-up page, for a cadre too', async () => {
    logInAs(cadre)
    fetchNotifications.mockResolvedValueOnce({ items: [message(4, { read: true, ticketKind: 'childcare', title: '候补转正，请确认入班' })], nextCursor: null })
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.message-item')
    expect($('#message-n4 .message-open')?.textContent).toBe('查看报名 ›')

    await tap(utils, '#message-n4')
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/enrolment/index?id=t4'), 'the sign-up page')
  })

  test('全部已读 marks everything read', async () => {
    logInAs(worker)
    fetchNotifications.mockResolvedValueOnce({ items: [message(1), message(2)], nextCursor: null })
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.message-item--unread')
    expect($$('.message-item--unread')).toHaveLength(2)

    await tap(utils, '.read-all-btn')
    await waitUntil(utils, () => $$('.message-item--unread').length === 0, 'all read')
    expect(markAllNotificationsRead).toHaveBeenCalledTimes(1)
    expect($('.read-all-btn')?.hasAttribute('disabled')).toBe(true)
  })

  test('a failed 全部已读 leaves the messages unread', async () => {
    logInAs(worker)
    fetchNotifications.mockResolvedValueOnce({ items: [message(1)], nextCursor: null })
    markAllNotificationsRead.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.message-item--unread')
    await tap(utils, '.read-all-btn')
    await waitUntil(utils, () => markAllNotificationsRead.mock.calls.length === 1, 'the request')
    expect($$('.message-item--unread')).toHaveLength(1)
  })

  test('empty, and error with 重试', async () => {
    logInAs(worker)
    fetchNotifications.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(MessagesPage)
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchNotifications.mockResolvedValueOnce({ items: [], nextCursor: null })
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('暂时没有消息')
    expect($('.read-all-btn')).toBeNull()
  })
})

describe('我的: 消息中心 entry and tab badge', () => {
  test('shows the unread count and sets the 我的 tab badge', async () => {
    const setBadge = jest.spyOn(Taro, 'setTabBarBadge')
    logInAs(worker)
    fetchUnreadCount.mockResolvedValue({ unread: 3 })
    utils = await mountPage(MinePage)
    await waitFor(utils, '.menu-messages .menu-count')
    expect(text('.menu-messages .menu-count')).toBe('3')
    await waitUntil(utils, () => setBadge.mock.calls.length > 0, 'the badge')
    expect(setBadge).toHaveBeenLastCalledWith({ index: 1, text: '3' })
    // A worker sees no cadre settings.
    expect($('.menu-canned-replies')).toBeNull()
    expect($('.menu-calendar')).toBeNull()
    setBadge.mockRestore()
  })

  test('no unread: no count, the badge is removed', async () => {
    const removeBadge = jest.spyOn(Taro, 'removeTabBarBadge')
    logInAs(worker)
    utils = await mountPage(MinePage)
    await waitFor(utils, '.menu-messages')
    await waitUntil(utils, () => removeBadge.mock.calls.length > 0, 'the badge removal')
    expect(removeBadge).toHaveBeenLastCalledWith({ index: 1 })
    expect($('.menu-messages .menu-count')).toBeNull()
    removeBadge.mockRestore()
  })

  test('cadres get 常用回复管理 and 答复时限设置; calendar admins also 节假日安排', async () => {
    logInAs({ ...cadre, isCalendarAdmin: true })
    utils = await mountPage(MinePage)
    await waitFor(utils, '.menu-calendar')
    expect(text('.menu-canned-replies')).toContain('常用回复管理')
    expect(text('.menu-deadlines')).toContain('答复时限设置')
    expect(text('.menu-calendar')).toContain('节假日安排')

    await tap(utils, '.menu-messages')
    await waitUntil(utils, () => window.location.hash.includes('/packages/messages/index/index'), 'the message centre')
  })
})
