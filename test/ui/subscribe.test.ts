import Taro from '@tarojs/taro'
import { ApiError } from '../../src/services/request'
import * as request from '../../src/services/request'
import { askForProgressMessages } from '../../src/services/subscribe'

const TEMPLATE = 'tmpl_progress-1'

let requestSpy: jest.SpiedFunction<typeof request.request>
let subscribeSpy: jest.SpiedFunction<typeof Taro.requestSubscribeMessage>
const env = process.env.TARO_ENV

beforeEach(() => {
  requestSpy = jest.spyOn(request, 'request')
  subscribeSpy = jest.spyOn(Taro, 'requestSubscribeMessage')
})

afterEach(() => {
  process.env.TARO_ENV = env
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

describe('askForProgressMessages', () => {
  test('on weapp: asks WeChat for the configured templates and reports the answers', async () => {
    process.env.TARO_ENV = 'weapp'
    serverWith([TEMPLATE])
    subscribeSpy.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'accept' })
    await askForProgressMessages()
    expect(subscribeSpy).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [TEMPLATE] }))
    expect(requestSpy).toHaveBeenLastCalledWith('POST', '/subscriptions', { data: { results: { [TEMPLATE]: 'accept' } } })
  })

  test('on H5, or with no templates configured, WeChat is never asked', async () => {
    process.env.TARO_ENV = 'h5'
    serverWith([TEMPLATE])
    await askForProgressMessages()
    expect(subscribeSpy).not.toHaveBeenCalled()

    process.env.TARO_ENV = 'weapp'
    serverWith([])
    await askForProgressMessages()
    expect(subscribeSpy).not.toHaveBeenCalled()
    expect(requestSpy).not.toHaveBeenCalledWith('POST', '/subscriptions', expect.anything())
  })

  test('a refusal by WeChat or a network failure is swallowed', async () => {
    process.env.TARO_ENV = 'weapp'
    serverWith([TEMPLATE])
    subscribeSpy.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 })
    await expect(askForProgressMessages()).resolves.toBeUndefined()
    expect(requestSpy).not.toHaveBeenCalledWith('POST', '/subscriptions', expect.anything())

    requestSpy.mockRejectedValue(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    await expect(askForProgressMessages()).resolves.toBeUndefined()
  })
})
