import Taro from '@tarojs/taro'
import { ApiError } from '../../src/services/request'
import * as request from '../../src/services/request'
import { saveSession } from '../../src/services/session'
import { askForProgressMessages, forgetProgressTemplates, prefetchProgressTemplates } from '../../src/services/subscribe'

const TEMPLATE = 'tmpl_progress-1'

let requestSpy: jest.SpiedFunction<typeof request.request>
let subscribeSpy: jest.SpiedFunction<typeof Taro.requestSubscribeMessage>
const env = process.env.TARO_ENV

function logIn(): void {
  saveSession({
    token: 'tok-1',
    expiresAt: '2026-12-01T00:00:00.000Z',
    user: { id: 'u1', displayName: '张建军', cadreOf: [], isLawyer: false, employerUnion: null, isCalendarAdmin: false }
  })
}

beforeEach(() => {
  forgetProgressTemplates()
  localStorage.clear()
  logIn()
  process.env.TARO_ENV = 'weapp'
  requestSpy = jest.spyOn(request, 'request')
  subscribeSpy = jest.spyOn(Taro, 'requestSubscribeMessage')
  subscribeSpy.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'accept' })
})

afterEach(() => {
  process.env.TARO_ENV = env
  localStorage.clear()
  jest.restoreAllMocks()
})

/** Answers GET /subscriptions/templates with `ids` and accepts the report. */
function serverWith(ids: string[]) {
  requestSpy.mockImplementation(async (method, path) => {
    if (method === 'GET' && path === '/subscriptions/templates') return { progress: ids }
    if (method === 'POST' && path === '/subscriptions') return undefined
    throw new Error(`unexpected ${method} ${path}`)
  })
}

function templateFetches(): number {
  return requestSpy.mock.calls.filter(([method, path]) => method === 'GET' && path === '/subscriptions/templates').length
}

function reports(): unknown[] {
  return requestSpy.mock.calls.filter(([method, path]) => method === 'POST' && path === '/subscriptions')
}

describe('prefetchProgressTemplates + askForProgressMessages', () => {
  test('on weapp: after a prefetch WeChat is asked at once, with the cached ids, and the answer is reported', async () => {
    serverWith([TEMPLATE])
    await prefetchProgressTemplates()
    await prefetchProgressTemplates() // kept in memory: fetched once
    expect(templateFetches()).toBe(1)

    const done = askForProgressMessages()
    // Synchronously, inside what would be the tap: nothing is fetched before WeChat is asked.
    expect(subscribeSpy).toHaveBeenCalledTimes(1)
    expect(subscribeSpy).toHaveBeenCalledWith({ tmplIds: [TEMPLATE], entityIds: [] })
    expect(templateFetches()).toBe(1)
    await done
    expect(requestSpy).toHaveBeenLastCalledWith('POST', '/subscriptions', { data: { results: { [TEMPLATE]: 'accept' } } })

    // Each action asks again (one consent, one message), still without a fetch.
    void askForProgressMessages()
    expect(subscribeSpy).toHaveBeenCalledTimes(2)
    expect(templateFetches()).toBe(1)
  })

  test('concurrent prefetches share one request', async () => {
    serverWith([TEMPLATE])
    await Promise.all([prefetchProgressTemplates(), prefetchProgressTemplates()])
    expect(templateFetches()).toBe(1)
  })

  test('without a prefetch nothing is asked, and nothing is fetched outside the tap', async () => {
    serverWith([TEMPLATE])
    await askForProgressMessages()
    expect(subscribeSpy).not.toHaveBeenCalled()
    expect(requestSpy).not.toHaveBeenCalled()
  })

  test('with no templates configured WeChat is never asked', async () => {
    serverWith([])
    await prefetchProgressTemplates()
    await askForProgressMessages()
    expect(subscribeSpy).not.toHaveBeenCalled()
    expect(reports()).toHaveLength(0)
  })

  test('on H5 nothing is fetched and WeChat is never asked', async () => {
    process.env.TARO_ENV = 'h5'
    serverWith([TEMPLATE])
    await prefetchProgressTemplates()
    await askForProgressMessages()
    expect(requestSpy).not.toHaveBeenCalled()
    expect(subscribeSpy).not.toHaveBeenCalled()
  })

  test('logged out, the prefetch waits (a 401 must not open the login page)', async () => {
    localStorage.clear()
    serverWith([TEMPLATE])
    await prefetchProgressTemplates()
    expect(requestSpy).not.toHaveBeenCalled()
    logIn()
    await prefetchProgressTemplates()
    expect(templateFetches()).toBe(1)
  })

  test('a failed prefetch is swallowed and tried again on the next call', async () => {
    requestSpy.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await expect(prefetchProgressTemplates()).resolves.toBeUndefined()
    await askForProgressMessages()
    expect(subscribeSpy).not.toHaveBeenCalled()

    serverWith([TEMPLATE])
    await prefetchProgressTemplates()
    expect(templateFetches()).toBe(2)
    await askForProgressMessages()
    expect(subscribeSpy).toHaveBeenCalledWith({ tmplIds: [TEMPLATE], entityIds: [] })
  })

  test('a refusal by WeChat, an old WeChat or a failed report is swallowed', async () => {
    serverWith([TEMPLATE])
    await prefetchProgressTemplates()

    subscribeSpy.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 })
    await expect(askForProgressMessages()).resolves.toBeUndefined()
    expect(reports()).toHaveLength(0)

    subscribeSpy.mockImplementationOnce(() => {
      throw new TypeError('requestSubscribeMessage is not a function')
    })
    expect(() => void askForProgressMessages()).not.toThrow()
    await expect(askForProgressMessages()).resolves.toBeUndefined() // the next one goes through

    requestSpy.mockRejectedValue(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await expect(askForProgressMessages()).resolves.toBeUndefined()
  })

  test('answers other than accept are reported too; unknown keys are left out', async () => {
    serverWith([TEMPLATE])
    await prefetchProgressTemplates()
    subscribeSpy.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'reject', other: 'accept' })
    await askForProgressMessages()
    expect(requestSpy).toHaveBeenLastCalledWith('POST', '/subscriptions', { data: { results: { [TEMPLATE]: 'reject' } } })
  })
})
