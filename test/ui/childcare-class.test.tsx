import type TestUtils from '@tarojs/test-utils-react'
import CataloguePage from '../../src/packages/childcare/catalogue/index'
import ClassPage from '../../src/packages/childcare/class/index'
import * as auth from '../../src/services/auth'
import * as childcare from '../../src/services/childcare'
import { ApiError } from '../../src/services/request'
import * as unions from '../../src/services/unions'
import { CLASS_ID, classDetail, logInAsParent, parent, period, PERIOD_ID, PERIOD_ID_2, PERIOD_ID_3 } from './childcare-fixtures'
import { county, unionNode, UNION_ID } from './fixtures'
import { $, $$, mountPage, settle, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/childcare') // every export becomes a jest.fn
jest.mock('../../src/services/auth')
jest.mock('../../src/services/unions')

const fetchClass = jest.mocked(childcare.fetchClass)
const fetchCatalogue = jest.mocked(childcare.fetchCatalogue)
const fetchUnions = jest.mocked(unions.fetchUnions)

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchClass.mockReset()
  fetchCatalogue.mockReset()
  jest.mocked(auth.fetchMe).mockResolvedValue(parent)
  fetchUnions.mockResolvedValue([unionNode(county.id, county.name, { parentId: null, level: 'county' }), unionNode(UNION_ID, '跃龙街道总工会')])
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

const threePeriods = [
  period(),
  period({ id: PERIOD_ID_2, name: '第二期', seatsLeft: 0, waitlistCount: 4, availability: 'waitlist' }),
  period({ id: PERIOD_ID_3, name: '第三期', seatsLeft: 0, waitlistCount: 20, availability: 'full' })
]

/** The server's clock is months away from the phone's: the page must go by the server's. */
const SERVER_NOW = '2027-06-19T08:00:00.000Z'

describe('托班详情', () => {
  test('before opening: a countdown by the server clock, and buttons that enable themselves at opening', async () => {
    const opensAt = new Date(Date.parse(SERVER_NOW) + 2000).toISOString()
    fetchClass.mockResolvedValue(classDetail({ phase: 'upcoming', serverTime: SERVER_NOW, opensAt, periods: threePeriods }))
    utils = await mountPage(ClassPage, { id: CLASS_ID })
    await waitFor(utils, '.cc-period')

    expect(fetchClass).toHaveBeenCalledWith(CLASS_ID)
    expect(text('.cc-class-head .cc-countdown')).toMatch(/^距开始报名还有 00:00:0[12]$/)
    const buttons = () => $$('.cc-sign-up-btn')
    expect(buttons().map((b) => b.textContent)).toEqual(['未开始报名', '未开始报名', '未开始报名'])
    expect(buttons().every((b) => b.hasAttribute('disabled'))).toBe(true)

    // Nobody refreshes the page: the clock reaches the opening time by itself.
    await waitUntil(utils, () => !buttons()[0].hasAttribute('disabled'), 'the button to enable itself', 5000)
    expect(buttons().map((b) => b.textContent)).toEqual(['报名', '候补报名', '已满'])
    expect(buttons()[2].hasAttribute('disabled')).toBe(true)
    expect(text('.cc-class-head .cc-opening-state')).toBe('报名中')
    expect($('.cc-class-head .cc-countdown')).toBeNull()
  })

  test('shows the facts, seats per period, and a tap on 报名 opens the form for that period', async () => {
    logInAsParent()
    fetchClass.mockResolvedValue(classDetail({ periods: threePeriods }))
    utils = await mountPage(ClassPage, { id: CLASS_ID })
    await waitFor(utils, '.cc-period')

    expect(text('.cc-info-fee')).toBe('费用免费')
    expect(text('.cc-info-range')).toBe('招收6–12 岁')
    expect(text('.cc-info-allocation')).toBe('分配方式先到先得，名额满后可候补')
    expect(text('.cc-info-priority')).toBe('优先困难职工家庭、一线职工')
    expect(text('.cc-info-bring')).toBe('携带物品水杯、午睡毯')
    expect($$('.cc-period .cc-seats').map((t) => t.textContent)).toEqual(['余 12 席', '可候补', '已满'])
    expect(text(`#period-${PERIOD_ID} .cc-period-when`)).toBe('2027年7月6日 周二 – 2027年7月17日 周六')

    await tap(utils, `#period-${PERIOD_ID_2} .cc-sign-up-btn`)
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/sign-up/index'), 'the sign-up form')
    expect(window.location.hash).toContain(`periodId=${PERIOD_ID_2}`)
    expect(window.location.hash).toContain(`classId=${CLASS_ID}`)
  })

  test('a lottery says when it draws', async () => {
    fetchClass.mockResolvedValue(classDetail({ allocationMode: 'lottery', drawAt: '2027-07-02T02:00:00.000Z', fee: 200 }))
    utils = await mountPage(ClassPage, { id: CLASS_ID })
    await waitFor(utils, '.cc-period')
    expect(text('.cc-info-allocation')).toBe('分配方式抽签，2027年7月2日 周五 10:00 公开抽签')
    expect(text('.cc-info-fee')).toBe('费用200 元')
    expect(text('.cc-sign-up-btn')).toBe('报名参加抽签')
  })

  test('while open, seat counts are refreshed no more often than every 5 seconds', async () => {
    fetchClass.mockResolvedValueOnce(classDetail())
    fetchClass.mockResolvedValue(classDetail({ periods: [period({ seatsLeft: 3 })] }))
    const started = Date.now()
    utils = await mountPage(ClassPage, { id: CLASS_ID })
    await waitFor(utils, '.cc-period')
    expect(text('.cc-period .cc-seats')).toBe('余 12 席')
    await settle(utils, 1000)
    expect(fetchClass).toHaveBeenCalledTimes(1)

    await waitUntil(utils, () => fetchClass.mock.calls.length === 2, 'the seat refresh', 8000)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900)
    await waitUntil(utils, () => text('.cc-period .cc-seats') === '余 3 席', 'the new count')
  }, 20000)

  test('an error offers 重试', async () => {
    fetchClass.mockRejectedValueOnce(new ApiError('NOT_FOUND', '托班不存在', 404))
    utils = await mountPage(ClassPage, { id: CLASS_ID })
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('托班不存在')
    fetchClass.mockResolvedValueOnce(classDetail())
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.cc-period')
  })
})

describe('爱心托班 catalogue', () => {
  test('cards show the countdown before opening and seats per period', async () => {
    const serverTime = classDetail().serverTime
    const opensAt = new Date(Date.parse(serverTime) + (2 * 86_400 + 3 * 3600) * 1000).toISOString()
    fetchCatalogue.mockResolvedValue({
      items: [
        classDetail({ periods: threePeriods }),
        classDetail({ id: 'c2', title: '桃源街道爱心托班', phase: 'upcoming', opensAt, periods: [period({ id: 'p9', seatsLeft: 30 })] })
      ],
      serverTime
    })
    utils = await mountPage(CataloguePage)
    await waitFor(utils, '.cc-class-item')
    const [first, second] = $$('.cc-class-item')
    expect(first.querySelector('.cc-class-title')?.textContent).toBe('跃龙街道暑期爱心托班')
    expect(Array.from(first.querySelectorAll('.cc-seats')).map((t) => t.textContent)).toEqual(['余 12 席', '可候补', '已满'])
    expect(first.querySelector('.cc-opening-state')?.textContent).toBe('报名中')
    expect(first.querySelector('.cc-fee')?.textContent).toBe('免费')
    expect(second.querySelector('.cc-countdown')?.textContent).toMatch(/^距开始报名还有 2 天 0[23]:\d\d:\d\d$/)
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: undefined, age: undefined, from: undefined, seats: 'any' })

    await tap(utils, '#class-c2')
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/class/index'), 'the class page')
    expect(window.location.hash).toContain('id=c2')
  })

  test('filters ask for the right classes; an empty answer offers to clear them', async () => {
    fetchCatalogue.mockResolvedValue({ items: [classDetail()], serverTime: SERVER_NOW })
    utils = await mountPage(CataloguePage)
    await waitFor(utils, '.cc-class-item')

    fetchCatalogue.mockResolvedValue({ items: [], serverTime: SERVER_NOW })
    await tap(utils, '.seats-waitlist')
    await waitFor(utils, '.state-empty')
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: undefined, age: undefined, from: undefined, seats: 'waitlist' })
    expect(text('.state-empty .state-text')).toBe('没有符合条件的托班')

    const area = await waitFor(utils, '.cc-filter-area taro-picker-core')
    await utils.act(async () => {
      area.dispatchEvent(new CustomEvent('change', { detail: { value: 2 }, bubbles: true }))
    })
    await settle(utils)
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: UNION_ID, age: undefined, from: undefined, seats: 'waitlist' })
    const age = await waitFor(utils, '.cc-filter-age taro-picker-core')
    await utils.act(async () => {
      age.dispatchEvent(new CustomEvent('change', { detail: { value: 5 }, bubbles: true }))
    })
    await settle(utils)
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: UNION_ID, age: 6, from: undefined, seats: 'waitlist' })
    expect(text('.cc-filter-age-text')).toBe('孩子年龄：6 岁')
    const from = await waitFor(utils, '.cc-filter-from taro-picker-core')
    await utils.act(async () => {
      from.dispatchEvent(new CustomEvent('change', { detail: { value: '2027-07-20' }, bubbles: true }))
    })
    await settle(utils)
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: UNION_ID, age: 6, from: '2027-07-20', seats: 'waitlist' })
    expect(text('.cc-filter-from-text')).toBe('2027年7月20日 周二 起有班')

    fetchCatalogue.mockResolvedValue({ items: [classDetail()], serverTime: SERVER_NOW })
    await tap(utils, '.state-empty .state-action')
    await waitFor(utils, '.cc-class-item')
    expect(fetchCatalogue).toHaveBeenLastCalledWith({ unionId: undefined, age: undefined, from: undefined, seats: 'any' })
  })

  test('an error offers 重试', async () => {
    fetchCatalogue.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(CataloguePage)
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')
    fetchCatalogue.mockResolvedValueOnce({ items: [classDetail()], serverTime: SERVER_NOW })
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.cc-class-item')
  })
})
