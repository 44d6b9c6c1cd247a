import Taro from '@tarojs/taro'
import { absoluteUrl, ApiError, resolveFileUrl, toApiError } from '../../src/services/request'
import { getToken, saveSession } from '../../src/services/session'

describe('request layer', () => {
  afterEach(() => {
    localStorage.clear()
  })

  test('an error body becomes an ApiError with code, message, fields and status', () => {
    const err = toApiError(400, { error: { code: 'VALIDATION_FAILED', message: '请检查填写的内容', fields: { title: '标题至少 4 个字' } } })
    expect(err).toBeInstanceOf(ApiError)
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.message).toBe('请检查填写的内容')
    expect(err.fields).toEqual({ title: '标题至少 4 个字' })
    expect(err.status).toBe(400)
    // Bodies that arrive as text are parsed too (uploadFile gives a string).
    expect(toApiError(409, JSON.stringify({ error: { code: 'TRANSITION_NOT_ALLOWED', message: '不能撤回' } })).code).toBe('TRANSITION_NOT_ALLOWED')
    // Anything else is a generic Chinese message, never a stack trace or HTML.
    const odd = toApiError(502, '<html>Bad Gateway</html>')
    expect(odd.code).toBe('INTERNAL')
    expect(odd.message).toBe('服务暂时不可用，请稍后重试')
  })

  test('401 forgets the session on this device', () => {
    saveSession({ token: 'tok-1', expiresAt: '2026-12-01T00:00:00.000Z', user: { id: 'u1', displayName: '张建军', cadreOf: [], isLawyer: false, employerUnion: null, isCalendarAdmin: false } })
    expect(getToken()).toBe('tok-1')
    const err = toApiError(401, { error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } })
    expect(err.code).toBe('UNAUTHENTICATED')
    expect(getToken()).toBe('')
    expect(Taro.getStorageSync('nj.session.user')).toBe('')
  })

  test('file paths are used as they are on H5 and made absolute on weapp', () => {
    const path = '/api/files/abc?exp=1&sig=x'
    // These tests run as H5.
    expect(resolveFileUrl(path)).toBe(path)
    // What weapp does with its configured API origin.
    expect(absoluteUrl(path, 'https://union.example.cn')).toBe('https://union.example.cn/api/files/abc?exp=1&sig=x')
    expect(absoluteUrl(path, 'https://union.example.cn/')).toBe('https://union.example.cn/api/files/abc?exp=1&sig=x')
    expect(absoluteUrl('https://cdn.example.cn/a.jpg', 'https://union.example.cn')).toBe('https://cdn.example.cn/a.jpg')
  })
})
