// The cadre workbench in a real browser on the H5 build served by the real server, with the demo
// data: the county cadre (陈国平, 宁海县总工会) opens 工作台数据 from 我的, and the page shows what
// the API answered (三率 with the numbers behind them, the ranking of the unions below); then the
// inbox is narrowed by a search and 导出台账 downloads an .xlsx of exactly that filter.
// Expected values are read from the API responses the page received, never hard-coded: the demo
// history grows.
import assert from 'node:assert/strict'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import type { Page as ListPage, TicketSummary } from '../../types/api'
import type { Dashboard, ExportLink, RateFigure } from '../../types/api-workbench'
import { RATE_DEFINITIONS, RATE_KEYS } from '../../types/workbench'
import { ARTIFACTS, launch, screenshot } from './browser'
import { base, loggedIn } from './steps'

const isApi = (pathname: string, method = 'GET') => (r: Response) => {
  const url = new URL(r.url())
  return url.pathname === pathname && r.request().method() === method
}

/** As the dashboard shows a rate: `87.5%（35/40）`, `—` without a denominator. */
function rateShown(r: RateFigure): string {
  if (r.denominator === 0) return '—'
  return `${Math.round((r.numerator / r.denominator) * 1000) / 10}%（${r.numerator}/${r.denominator}）`
}

/** The filter a GET /api/workbench/tickets request carried, without its page cursor. */
function filterOf(r: Response): Record<string, string> {
  const params = Object.fromEntries(new URL(r.url()).searchParams)
  delete params.cursor
  return params
}

/** The whole page: H5 pages scroll inside the app, not the document, so the window grows to fit. */
async function fullScreenshot(page: Page, root: string, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 390, height: 844 }
  const height = (await page.evaluate(`document.querySelector('${root}').scrollHeight`)) as number
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(height) + 120) })
  await page.waitForTimeout(400)
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard', name) })
  await page.setViewportSize(viewport)
}

describe('browser journey: 工作台数据 → inbox filter → 导出台账', () => {
  let browser: Browser
  let cadre: BrowserContext

  before(async () => {
    browser = await launch('dashboard')
    cadre = await loggedIn(browser, 'cadre-county')
  })
  after(() => browser.close())

  it('the county cadre opens 工作台数据 and sees the API’s rates and ranking', async () => {
    const page = await cadre.newPage()
    await page.goto(`${base}/#/pages/mine/index`)
    const answer = page.waitForResponse(isApi('/api/workbench/dashboard'), { timeout: 20_000 })
    await page.locator('.mine .menu-dashboard').click()
    const response = await answer
    assert.equal(response.status(), 200)
    const d = (await response.json()) as Dashboard
    assert.equal(d.union.name, '宁海县总工会')
    assert.ok(d.counts.total > 0, 'the demo data has tickets in the last 30 days')

    const view = page.locator('.dashboard')
    await view.locator('.dash-rates').waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(await view.locator('.scope-name').textContent(), d.union.name)
    for (const key of RATE_KEYS) {
      assert.equal(await view.locator(`.dash-rate-${key} .dash-rate-figure`).textContent(), rateShown(d.rates[key]), key)
      assert.equal(await view.locator(`.dash-rate-${key} .dash-rate-definition`).textContent(), RATE_DEFINITIONS[key])
    }
    assert.equal(await view.locator('.dash-figure-total .dash-figure-value').textContent(), String(d.counts.total))

    // The unions directly below, in the API's order (best 响应率 first), with the tickets behind each.
    assert.ok(d.ranking.length > 0, 'the county has unions below it')
    assert.deepEqual(await view.locator('.dash-ranking-name').allTextContents(), d.ranking.map((r) => r.union.name))
    assert.deepEqual(await view.locator('.dash-ranking-tickets').allTextContents(), d.ranking.map((r) => `${r.tickets} 件`))
    assert.equal(await view.locator('.weekly-column').count(), d.weekly.length)

    await fullScreenshot(page, '.dashboard', 'dashboard.png')

    // A tap on the busiest child union shows that union's figures.
    const busiest = [...d.ranking].sort((a, b) => b.tickets - a.tickets)[0]!
    const child = page.waitForResponse((r) => isApi('/api/workbench/dashboard')(r) && new URL(r.url()).searchParams.get('unionId') === busiest.union.id)
    await view.locator(`.dash-ranking-row[data-id="${busiest.union.id}"]`).click()
    const cd = (await (await child).json()) as Dashboard
    await view.locator('.scope-name', { hasText: busiest.union.name }).waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(cd.union.id, busiest.union.id)
    await screenshot(page, 'dashboard-child-union')
    await page.close()
  })

  it('on a desk the same figures sit in two columns', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    // The same login as the phone: its stored session, copied before the app starts.
    const phonePage = await cadre.newPage()
    await phonePage.goto(`${base}/#/pages/mine/index`)
    const session = (await phonePage.evaluate(
      "JSON.stringify({ token: localStorage.getItem('nj.session.token'), user: localStorage.getItem('nj.session.user') })"
    )) as string
    await phonePage.close()
    await desk.addInitScript(
      `(() => { const s = ${session}; localStorage.setItem('nj.session.token', s.token); if (s.user) localStorage.setItem('nj.session.user', s.user) })()`
    )
    const page = await desk.newPage()
    await page.goto(`${base}/#/packages/dashboard/index/index`)
    await page.locator('.dashboard .dash-rates').waitFor({ state: 'visible', timeout: 15_000 })
    await fullScreenshot(page, '.dashboard', 'dashboard-desk.png')
    await desk.close()
  })

  it('a search narrows the inbox, and 导出台账 downloads an .xlsx of exactly that filter', async () => {
    const page: Page = await cadre.newPage()
    await page.goto(`${base}/#/packages/workbench/inbox/index`)
    const inbox = page.locator('.workbench-inbox')
    await inbox.locator('.ticket-item').first().waitFor({ state: 'visible', timeout: 15_000 })

    // Everything the county sees, then one ticket found by its number.
    const all = page.waitForResponse((r) => isApi('/api/workbench/tickets')(r) && new URL(r.url()).searchParams.get('status') === 'all')
    await inbox.locator('.filter-all').click()
    const everything = (await (await all).json()) as ListPage<TicketSummary>
    await inbox.locator('.ticket-item').nth(Math.min(everything.items.length, 2) - 1).waitFor({ state: 'visible', timeout: 15_000 })
    const before = await inbox.locator('.ticket-item').count()
    assert.ok(before >= 2, 'the county sees more than one demo ticket')
    const target = everything.items[everything.items.length - 1]!

    const narrowed = page.waitForResponse((r) => isApi('/api/workbench/tickets')(r) && new URL(r.url()).searchParams.get('q') === target.number)
    await inbox.locator('.inbox-search-input input').fill(target.number)
    await inbox.locator('.inbox-search-input input').press('Enter')
    const listResponse = await narrowed
    await inbox.locator('.active-filter-q').waitFor({ state: 'visible', timeout: 15_000 })
    const found = ((await listResponse.json()) as ListPage<TicketSummary>).items.length
    await page.waitForFunction(`document.querySelectorAll('.workbench-inbox .ticket-item').length === ${found}`, undefined, { timeout: 15_000 })
    const numbers = await inbox.locator('.ticket-item .ticket-number').allTextContents()
    assert.deepEqual(numbers, [target.number])
    assert.ok(numbers.length < before, 'the list narrowed')
    await screenshot(page, 'inbox-searched')

    // 导出台账: the request carries the list's filter; the link serves an .xlsx.
    const exported = page.waitForResponse(isApi('/api/workbench/exports/tickets', 'POST'), { timeout: 20_000 })
    const download = page.waitForEvent('download', { timeout: 20_000 })
    download.catch(() => undefined) // awaited below, unless an assertion fails first
    await inbox.locator('.inbox-export-btn').click()
    const exportResponse = await exported
    assert.equal(exportResponse.status(), 200)
    assert.deepEqual(exportResponse.request().postDataJSON(), filterOf(listResponse))
    const link = (await exportResponse.json()) as ExportLink
    const file = await download
    assert.match(file.suggestedFilename(), /\.xlsx$/)
    await inbox.locator('.inbox-export-note').waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(await inbox.locator('.inbox-export-note').textContent(), link.masked ? '已导出，手机号已隐去中间四位' : '已导出，含完整手机号，请妥善保管')

    const xlsx = await fetch(new URL(link.url, base))
    assert.equal(xlsx.status, 200)
    assert.match(xlsx.headers.get('content-type') ?? '', /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/)
    const bytes = Buffer.from(await xlsx.arrayBuffer())
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip')
    await screenshot(page, 'inbox-exported')
    await page.close()
  })
})
