import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { CurrentUser } from '../../types/api'
import { RATE_DEFINITIONS, RATES_EXCLUSION_NOTE } from '../../types/workbench'
import DashboardPage from '../../src/packages/dashboard/index/index'
import * as auth from '../../src/services/auth'
import { ApiError } from '../../src/services/request'
import * as workbench from '../../src/services/workbench'
import * as dashboards from '../../src/services/workbench-dashboard'
import { countyCadre, dashboard, emptyDashboard, ENTERPRISE_ID, scopeUnion, XIDIAN_ID } from './dashboard-fixtures'
import { COUNTY_ID, TAOYUAN_ID, UNION_ID } from './fixtures'
import { $, $$, mountPage, settle, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/auth')
jest.mock('../../src/services/workbench')
jest.mock('../../src/services/workbench-dashboard')

const fetchMe = jest.mocked(auth.fetchMe)
const fetchDashboard = jest.mocked(dashboards.fetchDashboard)
const requestLegalCaseExport = jest.mocked(dashboards.requestLegalCaseExport)
const fetchScopeUnions = jest.mocked(workbench.fetchScopeUnions)

// 2026-11-28 14:30 in Shanghai (a Saturday).
const NOW = Date.parse('2026-11-28T06:30:00.000Z')

let utils: TestUtils | undefined

function logInAs(u: CurrentUser) {
  Taro.setStorageSync('nj.session.token', 'token-1')
  Taro.setStorageSync('nj.session.user', u)
  fetchMe.mockResolvedValue(u)
}

async function open(params: Record<string, string> = {}): Promise<TestUtils> {
  logInAs(countyCadre)
  utils = await mountPage(DashboardPage, params)
  return utils
}

/** What a picker emits when a date is chosen. */
async function pickDate(u: TestUtils, selector: string, value: string) {
  const picker = await waitFor(u, `${selector} taro-picker-core`)
  await u.act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
  await settle(u)
}

const lastQuery = () => fetchDashboard.mock.calls[fetchDashboard.mock.calls.length - 1]?.[0]

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  fetchDashboard.mockReset()
  fetchScopeUnions.mockReset()
  requestLegalCaseExport.mockReset()
  // The clock moves on from NOW (so the helpers' timeouts still run out).
  const realNow = Date.now.bind(Date)
  const offset = NOW - realNow()
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset)
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

describe('工作台数据', () => {
  test('shows 三率 with the numbers behind them and their definitions, live counts, times and 重办', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    const u = await open()
    await waitFor(u, '.dash-rates')

    // The last 30 days through today, for the cadre's own union (the server's default).
    expect(fetchDashboard).toHaveBeenCalledTimes(1)
    expect(lastQuery()).toEqual({ unionId: undefined, from: '2026-10-30', to: '2026-11-28' })
    expect(text('.scope-name')).toBe('宁海县总工会')
    expect(text('.scope-range')).toContain('10月30日 周五 至 11月28日 周六')

    expect(text('.dash-rate-response .dash-rate-figure')).toBe('87.5%（35/40）')
    expect(text('.dash-rate-solve .dash-rate-figure')).toBe('66.7%（20/30）')
    // Nobody has rated yet: no rate, not 0 %.
    expect(text('.dash-rate-satisfaction .dash-rate-figure')).toBe('—')
    expect(text('.dash-rate-response .dash-rate-definition')).toBe(RATE_DEFINITIONS.response)
    expect(text('.dash-rate-solve .dash-rate-definition')).toBe(RATE_DEFINITIONS.solve)
    expect(text('.dash-rate-satisfaction .dash-rate-definition')).toBe(RATE_DEFINITIONS.satisfaction)
    expect(text('.dash-rates-note')).toBe(`${RATES_EXCLUSION_NOTE}本期有 2 件不合理诉求未计入。`)

    expect(text('.dash-time-ack .dash-time-value')).toBe('0.5 个工作日')
    expect(text('.dash-time-answer .dash-time-value')).toBe('3.3 个工作日')
    expect(text('.dash-time-reopened .dash-time-value')).toBe('3 件（共 4 次）')

    // Bounded counts that hit the cap read 999+.
    expect(text('.dash-figure-red .dash-figure-value')).toBe('999+')
    expect($('.dash-figure-red')?.classList.contains('dash-figure--alert')).toBe(true)
    expect(text('.dash-figure-yellow .dash-figure-value')).toBe('5')
    expect(text('.dash-figure-dueToday .dash-figure-value')).toBe('2')
    expect(text('.dash-figure-supervised .dash-figure-value')).toBe('1')
    expect(text('.dash-figure-total .dash-figure-value')).toBe('46')
    expect(text('.dash-figure-new-week .dash-figure-value')).toBe('7')
    expect($$('.dash-status').map((s) => s.textContent)).toEqual(['待签收 3', '办理中 8', '待补充材料 1', '已答复 4', '已办结 28', '不予受理 1', '已撤回 1'])
  })

  test('ranks the child unions, with the tickets behind each, and re-sorts by each rate', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    const u = await open()
    await waitFor(u, '.dash-ranking-row')

    const names = () => $$('.dash-ranking-name').map((n) => n.textContent)
    expect(names()).toEqual(['跃龙街道总工会', '桃源街道总工会', '西店镇总工会'])
    const [first, , last] = $$('.dash-ranking-row')
    expect(first.querySelector('.dash-ranking-tickets')?.textContent).toBe('20 件')
    expect(first.querySelector('.ranking-rate-response .dash-ranking-rate-value')?.textContent).toBe('95%')
    expect(first.querySelector('.ranking-rate-response .dash-ranking-rate-parts')?.textContent).toBe('19/20')
    expect(last.querySelector('.ranking-rate-solve .dash-ranking-rate-value')?.textContent).toBe('—')

    await tap(u, '.ranking-sort-satisfaction')
    expect(names()).toEqual(['桃源街道总工会', '跃龙街道总工会', '西店镇总工会'])
    await tap(u, '.ranking-sort-response')
    expect(names()).toEqual(['跃龙街道总工会', '桃源街道总工会', '西店镇总工会'])
  })

  test('draws the weekly volume, the rate trend, the categories, the class fill and the money recovered', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    const u = await open()
    await waitFor(u, '.dash-weekly')

    const columns = $$('.weekly-column')
    expect(columns.map((c) => c.querySelector('.chart-column-total')?.textContent)).toEqual(['5', '15', '13', '10', '7'])
    // The tallest week fills the chart; the others in proportion.
    expect((columns[1].querySelector('.chart-stack') as HTMLElement).style.height).toBe('100%')
    expect((columns[0].querySelector('.chart-stack') as HTMLElement).style.height).toBe('33.3%')
    expect(columns[1].querySelectorAll('.chart-segment')).toHaveLength(3)
    expect($$('.trend-satisfaction .trend-none')).toHaveLength(3)
    expect(text('.trend-response .muted')).toBe('最近一周 100%')

    // Largest category first; categories without tickets are left out.
    expect($$('.dash-categories .hbar-label').map((l) => l.textContent)).toEqual(['工资待遇', '社会保险', '劳动安全'])
    expect(($('.category-insurance .hbar-fill') as HTMLElement).style.width).toBe('54.5%')

    expect($$('.class-fill-rate').map((r) => r.textContent)).toEqual(['90%', '—'])
    expect($$('.class-fill-meta')[0].textContent).toBe('跃龙街道总工会 · 已报 27/30 席 · 候补 4 人')
    expect(text('.dash-figure-amount .dash-figure-value')).toBe('¥12,345.60')
    expect(text('.dash-figure-closed .dash-figure-value')).toBe('2')
  })

  test('tapping a child union shows that union, and 返回 goes back up', async () => {
    fetchDashboard.mockResolvedValueOnce(dashboard())
    const u = await open()
    await waitFor(u, '.dash-ranking-row')

    fetchDashboard.mockResolvedValueOnce(
      dashboard({ union: { id: TAOYUAN_ID, name: '桃源街道总工会', level: 'township' }, ranking: [] })
    )
    await tap(u, `.dash-ranking-row[data-id="${TAOYUAN_ID}"]`)
    await waitUntil(u, () => text('.scope-name') === '桃源街道总工会' && $('.dash-rates') !== null, 'the township dashboard')
    expect(lastQuery()).toEqual({ unionId: TAOYUAN_ID, from: '2026-10-30', to: '2026-11-28' })
    expect(text('.scope-up')).toBe('‹ 返回 宁海县总工会')

    fetchDashboard.mockResolvedValueOnce(dashboard())
    await tap(u, '.scope-up')
    await waitUntil(u, () => text('.scope-name') === '宁海县总工会' && $('.dash-ranking-row') !== null, 'the county again')
    expect(lastQuery()).toEqual({ unionId: COUNTY_ID, from: '2026-10-30', to: '2026-11-28' })
    expect($('.scope-up')).toBeNull()
  })

  test('range presets ask for their days, and keep the union', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    const u = await open({ unionId: UNION_ID })
    await waitFor(u, '.dash-rates')
    expect(lastQuery()).toEqual({ unionId: UNION_ID, from: '2026-10-30', to: '2026-11-28' })
    expect(text('.dash-chip--on')).toBe('近30天')

    await tap(u, '.range-7d')
    await waitUntil(u, () => fetchDashboard.mock.calls.length === 2, 'the last 7 days')
    expect(lastQuery()).toEqual({ unionId: UNION_ID, from: '2026-11-22', to: '2026-11-28' })
    expect(text('.range-bar .dash-chip--on')).toBe('近7天')

    await tap(u, '.range-month')
    await waitUntil(u, () => fetchDashboard.mock.calls.length === 3, 'this month')
    expect(lastQuery()).toEqual({ unionId: UNION_ID, from: '2026-11-01', to: '2026-11-28' })

    await tap(u, '.range-year')
    await waitUntil(u, () => fetchDashboard.mock.calls.length === 4, 'this year')
    expect(lastQuery()).toEqual({ unionId: UNION_ID, from: '2026-01-01', to: '2026-11-28' })
  })

  test('a custom range is checked with the shared schema before asking', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    const u = await open()
    await waitFor(u, '.dash-rates')
    await tap(u, '.range-custom')
    await waitFor(u, '.date-range')
    const calls = fetchDashboard.mock.calls.length

    await pickDate(u, '.date-range-from', '2026-12-01')
    expect(text('.date-range-error')).toBe('开始日期不能晚于结束日期')
    expect(fetchDashboard).toHaveBeenCalledTimes(calls)

    await pickDate(u, '.date-range-from', '2026-11-02')
    await waitUntil(u, () => fetchDashboard.mock.calls.length === calls + 1, 'the custom range')
    expect($('.date-range-error')).toBeNull()
    expect(lastQuery()).toEqual({ unionId: undefined, from: '2026-11-02', to: '2026-11-28' })
    expect(text('.date-range-from-text')).toBe('11月2日 周一')

    await pickDate(u, '.date-range-from', '2016-01-01')
    expect(text('.date-range-error')).toBe('日期范围不能超过 10 年')
    expect(fetchDashboard).toHaveBeenCalledTimes(calls + 1)
  })

  test('a range without tickets says so instead of drawing empty charts', async () => {
    fetchDashboard.mockResolvedValue(emptyDashboard())
    const u = await open()
    await waitFor(u, '.dash-empty')
    expect(text('.dash-empty .state-text')).toBe('这段时间没有收到诉求，换个时间范围看看')
    expect($('.dash-rates')).toBeNull()
    expect($('.dash-weekly')).toBeNull()
    expect($('.dash-ranking')).toBeNull()
    // The range can still be changed from here.
    await tap(u, '.range-year')
    await waitUntil(u, () => fetchDashboard.mock.calls.length === 2, 'another range')
  })

  test('an error offers 重试, which asks again', async () => {
    fetchDashboard.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    const u = await open()
    await waitFor(u, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')
    expect($('.dash-rates')).toBeNull()

    fetchDashboard.mockResolvedValueOnce(dashboard())
    await tap(u, '.retry-btn')
    await waitFor(u, '.dash-rates')
    expect(fetchDashboard).toHaveBeenCalledTimes(2)
  })

  test('切换工会 lists the cadre’s unions and their children, and shows the one picked', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    fetchScopeUnions.mockImplementation(async (parentId) =>
      parentId === COUNTY_ID
        ? [scopeUnion(UNION_ID, '跃龙街道总工会', { hasChildren: true }), scopeUnion(XIDIAN_ID, '西店镇总工会')]
        : parentId === UNION_ID
          ? [scopeUnion(ENTERPRISE_ID, '宁海顺达快递有限公司工会', { level: 'enterprise' })]
          : [scopeUnion(COUNTY_ID, '宁海县总工会', { level: 'county', hasChildren: true })]
    )
    const u = await open()
    await waitFor(u, '.dash-rates')

    await tap(u, '.scope-switch')
    await waitFor(u, '.scope-row .scope-drill')
    expect(fetchScopeUnions).toHaveBeenLastCalledWith(null)
    await tap(u, '.scope-drill')
    await waitFor(u, `.scope-row[data-id="${XIDIAN_ID}"]`)
    expect(fetchScopeUnions).toHaveBeenLastCalledWith(COUNTY_ID)
    await tap(u, `.scope-row[data-id="${UNION_ID}"] .scope-drill`)
    await waitFor(u, `.scope-row[data-id="${ENTERPRISE_ID}"]`)
    expect(text('.scope-picker-path')).toBe('宁海县总工会 › 跃龙街道总工会')
    // No children below an enterprise union: nothing to drill into.
    expect($(`.scope-row[data-id="${ENTERPRISE_ID}"] .scope-drill`)).toBeNull()

    fetchDashboard.mockResolvedValueOnce(dashboard({ union: { id: ENTERPRISE_ID, name: '宁海顺达快递有限公司工会', level: 'enterprise' }, ranking: [] }))
    await tap(u, `.scope-row[data-id="${ENTERPRISE_ID}"] .scope-row-name`)
    await waitUntil(u, () => text('.scope-name') === '宁海顺达快递有限公司工会', 'the enterprise dashboard')
    expect($('.scope-picker')).toBeNull()
    expect(lastQuery()).toEqual({ unionId: ENTERPRISE_ID, from: '2026-10-30', to: '2026-11-28' })
  })

  test('the legal-aid 台账 is exported for the union and days shown, and says whether phones are masked', async () => {
    fetchDashboard.mockResolvedValue(dashboard())
    requestLegalCaseExport.mockResolvedValueOnce({ url: '#legal-cases.xlsx', masked: true })
    const u = await open()
    await waitFor(u, '.legal-export-btn')
    expect(text('.legal-export-btn')).toBe('导出法律援助案件台账')

    await tap(u, '.legal-export-btn')
    await waitUntil(u, () => text('.export-note') === '导出文件中的手机号已隐去中间四位', 'the masked note')
    expect(requestLegalCaseExport).toHaveBeenCalledWith({ unionId: COUNTY_ID, from: '2026-10-30', to: '2026-11-28' })

    requestLegalCaseExport.mockResolvedValueOnce({ url: '#legal-cases.xlsx', masked: false })
    await tap(u, '.legal-export-btn')
    await waitUntil(u, () => text('.export-note') === '导出文件含完整手机号，请妥善保管', 'the full-phone note')
  })

  test('is closed to people who are not cadres', async () => {
    logInAs({ ...countyCadre, cadreOf: [] })
    utils = await mountPage(DashboardPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('工作台仅限工会干部使用')
    expect(fetchDashboard).not.toHaveBeenCalled()
  })
})
