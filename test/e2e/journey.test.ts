// The spine, end to end in a real browser on the H5 build served by the real server:
// a worker files a grievance with a photo, a cadre accepts, replies and resolves it, and the
// worker sees the reply and rates it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { PNG_1PX } from '../api/fixtures'
import { launch, phone, screenshot } from './browser'

const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000'
const TITLE = `骑手站点拖欠十月工资 ${Date.now().toString(36)}`
const REPLY = '您好，街道工会已联系站点负责人，三个工作日内答复。'

async function demoLogin(page: Page, account: string): Promise<void> {
  await page.goto(`${base}/#/packages/account/login/index`)
  const button = page.locator(`.login #demo-${account}`)
  await button.waitFor({ state: 'visible' })
  await button.click()
  // Runs in the page (a string, since the test code is typed without the DOM).
  await page.waitForFunction("(localStorage.getItem('nj.session.token') || '').length > 20")
}

describe('browser journey: worker → cadre → worker', () => {
  let browser: Browser
  let ticketUrl = ''

  before(async () => {
    browser = await launch()
  })
  after(() => browser.close())

  it('a worker files a grievance with a photo', async () => {
    const ctx = await phone(browser)
    const page = await ctx.newPage()
    await page.goto(base)
    await page.locator('.home #service-grievance').waitFor({ state: 'visible' })
    await screenshot(page, 'home')

    await demoLogin(page, 'worker')
    await screenshot(page, 'worker-logged-in')
    await page.goto(`${base}/#/pages/index/index`)
    await page.locator('.home #service-grievance').click()
    const form = page.locator('.grievance-new')
    await form.locator('.submit-btn').waitFor({ state: 'visible' })

    // Submitting empty shows the Chinese field messages first.
    await form.locator('.submit-btn').click()
    await form.locator('.field-title .field-error').waitFor({ state: 'visible' })

    await form.locator('#category-wages').click()
    await form.locator('.field-title input').fill(TITLE)
    await form.locator('.field-description textarea').fill('我在宁海跃龙街道的外卖站点跑单，十月份工资 4,300 元至今未发，站长说等平台结算。')
    await form.locator('.field-employer input').fill('宁海某外卖配送站')
    await form.locator('.field-phone input').fill('13805741234')

    const chooser = page.waitForEvent('filechooser')
    await form.locator('.photo-add').click()
    await (await chooser).setFiles({ name: 'pay-slip.png', mimeType: 'image/png', buffer: PNG_1PX })
    await form.locator('.photo-item[data-status="done"]').waitFor({ state: 'visible', timeout: 15_000 })

    await form.locator('.union-select').click()
    const picker = page.locator('.union-picker')
    await picker.locator('.union-search input').fill('跃龙')
    await picker.locator('.union-search-btn').click()
    const row = picker.locator('.union-results .union-row', { hasText: '跃龙街道总工会' })
    await row.locator('.union-pick-btn').click()
    await assert.doesNotReject(form.locator('.union-select-text', { hasText: '跃龙街道总工会' }).waitFor({ state: 'visible' }))
    await screenshot(page, 'grievance-form')

    await form.locator('.submit-btn').click()
    const detail = page.locator('.grievance-detail')
    await detail.locator('.detail-number').waitFor({ state: 'visible', timeout: 15_000 })
    assert.match((await detail.locator('.detail-number').textContent()) ?? '', /SS\d{8}-\d{6}/)
    assert.equal(await detail.locator('.detail-header .status-tag').textContent(), '待受理')
    assert.equal(await detail.locator('.detail-photo').count(), 1)
    ticketUrl = page.url()
    await screenshot(page, 'grievance-submitted')
    await ctx.close()
  })

  it('a township cadre accepts, replies and resolves it', async () => {
    assert.ok(ticketUrl, 'needs the ticket from the first step')
    const ctx = await phone(browser)
    const page = await ctx.newPage()
    await demoLogin(page, 'cadre-township')
    await page.goto(`${base}/#/packages/workbench/inbox/index`)
    const inbox = page.locator('.workbench-inbox')
    const item = inbox.locator('.ticket-item', { hasText: TITLE })
    await item.waitFor({ state: 'visible' })
    await screenshot(page, 'cadre-inbox')
    await item.click()

    const detail = page.locator('.workbench-detail')
    await detail.locator('.action-accept').waitFor({ state: 'visible' })
    assert.equal(await detail.locator('.requester-name').textContent().then((t) => t?.includes('张建军')), true)
    assert.equal(await detail.locator('.detail-photo').count(), 1)
    await detail.locator('.action-accept').click()
    await detail.locator('.action-reply').waitFor({ state: 'visible' })

    await detail.locator('.action-reply').click()
    await detail.locator('.action-form-reply textarea').fill(REPLY)
    await detail.locator('.action-form-reply .action-submit').click()
    await detail.locator('.timeline-item', { hasText: REPLY }).waitFor({ state: 'visible' })

    await detail.locator('.action-note').click()
    await detail.locator('.action-form-note textarea').fill('站点负责人电话已登记，内部跟进。')
    await detail.locator('.action-form-note .action-submit').click()
    await detail.locator('.timeline-item--internal').waitFor({ state: 'visible' })
    await screenshot(page, 'cadre-replied')

    await detail.locator('.action-resolve').click()
    await detail.locator('.action-form-resolve textarea').fill('站点已承诺本周五前补发十月工资。')
    await detail.locator('.action-form-resolve .action-submit').click()
    await detail.locator('.detail-header .status-tag', { hasText: '待评价' }).waitFor({ state: 'visible' })
    await screenshot(page, 'cadre-resolved')
    await ctx.close()
  })

  it('the worker sees the reply, never the internal note, and rates it', async () => {
    const ctx = await phone(browser)
    const page = await ctx.newPage()
    await demoLogin(page, 'worker')
    await page.goto(ticketUrl)
    const detail = page.locator('.grievance-detail')
    await detail.locator('.timeline-item', { hasText: REPLY }).waitFor({ state: 'visible' })
    assert.equal(await detail.locator('.timeline-item--internal').count(), 0)
    assert.equal(await detail.getByText('内部跟进').count(), 0)
    await screenshot(page, 'worker-sees-reply')

    await detail.locator('.action-confirm').click()
    await detail.locator('.rating-star[data-value="5"]').click()
    await detail.locator('.action-form-confirm textarea').fill('工会办事利索，谢谢！')
    await detail.locator('.action-form-confirm .action-submit').click()
    await detail.locator('.detail-header .status-tag', { hasText: '已办结' }).waitFor({ state: 'visible' })
    assert.equal(await detail.locator('.action-btn').count(), 0)
    await screenshot(page, 'worker-rated')
    await ctx.close()
  })
})
