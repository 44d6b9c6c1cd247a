// The 12345/12351 journey end to end in a real browser on the H5 build served by the real
// server: a worker addresses 宁海县总工会; the county dispatches to 跃龙街道; the township
// returns it (退单); the county dispatches again; the township signs for it and asks for
// material; the worker supplements; the township answers; the worker says 未解决; the
// township answers again; the worker confirms with three ratings.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext } from 'playwright-core'
import { PNG_1PX } from '../api/fixtures'
import { launch, phone, screenshot } from './browser'
import { act, base, CADRE_DETAIL, demoLogin, expectStatus, loggedIn, openTicket, tapAndConfirm, ticketIdOf, unionOption, WORKER_DETAIL } from './steps'

const TITLE = `骑手站点拖欠十月工资 ${Date.now().toString(36)}`
const RETURN_NOTE = '该站点注册地在桃源街道，请县总工会改派。'
const ASK = '请补充十月份的工资条或转账记录照片。'
const SUPPLEMENT = '已补充十月份的工资条照片，站长微信聊天记录也在里面。'
const FIRST_ANSWER = '街道工会已联系站点负责人，站点承诺本周内补发十月工资。'
const NOT_SOLVED = '到今天还没有收到工资，站长不接电话。'
const SECOND_ANSWER = '街道工会已会同劳动监察上门，站点已当场补发十月工资 4,300 元。'
const NOTE = '站点负责人电话已登记，内部跟进。'

describe('browser journey: 派单 → 退单 → 再派单 → 补充材料 → 答复 → 未解决 → 再答复 → 确认', () => {
  let browser: Browser
  let worker: BrowserContext
  let county: BrowserContext
  let township: BrowserContext
  let ticketId = ''


  const asWorker = () => openTicket(worker, WORKER_DETAIL, ticketId, '.grievance-detail')
  const asCounty = () => openTicket(county, CADRE_DETAIL, ticketId, '.workbench-detail')
  const asTownship = () => openTicket(township, CADRE_DETAIL, ticketId, '.workbench-detail')

  before(async () => {
    browser = await launch('workflow')
  })
  after(() => browser.close())

  it('the worker files an urgent grievance with a photo, addressed to 宁海县总工会', async () => {
    worker = await phone(browser)
    const page = await worker.newPage()
    await page.goto(base)
    await page.locator('.home #service-grievance').waitFor({ state: 'visible' })
    await screenshot(page, 'home')

    await demoLogin(page, 'worker')
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
    await form.locator('.urgent-checkbox').click()
    assert.equal(await form.locator('.urgent-checkbox').getAttribute('data-checked'), 'true')

    const chooser = page.waitForEvent('filechooser')
    await form.locator('.photo-add').click()
    await (await chooser).setFiles({ name: 'pay-slip.png', mimeType: 'image/png', buffer: PNG_1PX })
    await form.locator('.photo-item[data-status="done"]').waitFor({ state: 'visible', timeout: 15_000 })

    await form.locator('.union-select').click()
    const picker = page.locator('.union-picker')
    await picker.locator('.union-search input').fill('宁海县总工会')
    await picker.locator('.union-search-btn').click()
    const row = picker.locator('.union-results .union-row').filter({ has: page.locator('.union-name', { hasText: /^宁海县总工会$/ }) })
    await row.locator('.union-pick-btn').click()
    await form.locator('.union-select-text', { hasText: '宁海县总工会' }).waitFor({ state: 'visible' })
    await screenshot(page, 'grievance-form')

    await form.locator('.submit-btn').click()
    const detail = page.locator('.grievance-detail')
    await detail.locator('.detail-number').waitFor({ state: 'visible', timeout: 15_000 })
    assert.match((await detail.locator('.detail-number').textContent()) ?? '', /SS\d{8}-\d{6}/)
    await expectStatus(detail, '待签收')
    assert.equal(await detail.locator('.detail-union').textContent(), '宁海县总工会')
    assert.equal(await detail.locator('.detail-photo').count(), 1)
    assert.equal(await detail.locator('.badge-urgent').count(), 1)
    // The promise to the worker: a date like 11月28日 周五, before which the union answers.
    assert.match((await detail.locator('.promise-date').textContent()) ?? '', /^预计 (\d{4}年)?\d{1,2}月\d{1,2}日 周[一二三四五六日] 前答复$/)
    assert.match((await detail.locator('.promise-countdown').textContent()) ?? '', /^(还剩 \d+ 个工作日|今天到期)$/)
    ticketId = ticketIdOf(page.url())
    await screenshot(page, 'worker-submitted')
    await page.close()
  })

  it('the county cadre (陈国平) sees it in the inbox and dispatches it to 跃龙街道总工会', async () => {
    assert.ok(ticketId, 'needs the ticket from the first step')
    county = await loggedIn(browser, 'cadre-county')
    const page = await county.newPage()
    await page.goto(`${base}/#/packages/workbench/inbox/index`)
    const inbox = page.locator('.workbench-inbox')
    const item = inbox.locator('.ticket-item', { hasText: TITLE })
    await item.waitFor({ state: 'visible' })
    await item.locator('.due-light').waitFor({ state: 'visible' })
    assert.equal(await item.locator('.badge-urgent').count(), 1)
    // 按期限 keeps it listed (the server sorts; the page just asks).
    await inbox.locator('.sort-due').click()
    await item.waitFor({ state: 'visible' })
    await screenshot(page, 'county-inbox')
    await page.close()

    const { page: p, detail } = await asCounty()
    assert.equal((await detail.locator('.requester-name').textContent())?.includes('张建军'), true)
    assert.equal(await detail.locator('.due-light').count(), 1)
    await act(detail, 'dispatch', async (form) => {
      await unionOption(form, '跃龙街道总工会').click()
      await form.locator('textarea').fill('请三个工作日内联系职工。')
      await screenshot(p, 'county-dispatching')
    })
    await detail.locator('.detail-current-union', { hasText: '跃龙街道总工会' }).waitFor({ state: 'visible' })
    await expectStatus(detail, '待签收')
    await p.close()
  })

  it('the township cadre (王丽) returns it (退单) with a reason', async () => {
    township = await loggedIn(browser, 'cadre-township')
    const { page, detail } = await asTownship()
    assert.equal(await detail.locator('.detail-dispatched-from').textContent(), '宁海县总工会')
    await act(detail, 'return', async (form) => {
      await form.locator('.reason-option[data-value="wrong_area"]').click()
      await form.locator('textarea').fill(RETURN_NOTE)
    })
    // The township no longer handles it: the page says where it went, then goes to the inbox.
    assert.equal(await detail.locator('.handed-over .state-text').textContent(), '已退回宁海县总工会，无需您继续办理')
    await page.locator('.workbench-inbox').waitFor({ state: 'visible', timeout: 5_000 })
    await screenshot(page, 'township-returned')
    await page.close()

    // Back at the county, with the reason in the timeline.
    const { page: p, detail: back } = await asCounty()
    await back.locator('.detail-current-union', { hasText: '宁海县总工会' }).waitFor({ state: 'visible' })
    const returned = back.locator('.timeline-return').first()
    await returned.waitFor({ state: 'visible' })
    assert.equal(await returned.locator('.timeline-reason').textContent(), '原因：不在本单位管辖区域')
    assert.equal((await returned.textContent())?.includes(RETURN_NOTE), true)
    await p.close()
  })

  it('the county dispatches it again; the township signs for it and asks for material', async () => {
    const { page: p, detail: atCounty } = await asCounty()
    await act(atCounty, 'dispatch', async (form) => {
      await unionOption(form, '跃龙街道总工会').click()
    })
    await atCounty.locator('.detail-current-union', { hasText: '跃龙街道总工会' }).waitFor({ state: 'visible' })
    await p.close()

    const { page, detail } = await asTownship()
    await tapAndConfirm(page, detail.locator('.action-acknowledge'), 'acknowledge')
    await expectStatus(detail, '办理中')
    await act(detail, 'note', async (form) => {
      await form.locator('textarea').fill(NOTE)
    })
    await detail.locator('.timeline-item--internal').waitFor({ state: 'visible' })
    await act(detail, 'request_info', async (form) => {
      await form.locator('textarea').fill(ASK)
    })
    await expectStatus(detail, '待补充材料')
    await screenshot(page, 'township-asked-for-material')
    await page.close()
  })

  it('the worker sees the request (never the internal note) and supplements text and a photo', async () => {
    const { page, detail } = await asWorker()
    await expectStatus(detail, '待补充材料')
    assert.equal(await detail.locator('.promise-paused').textContent(), '等待您补充材料，答复期限暂停计时')
    await detail.locator('.timeline-item', { hasText: ASK }).waitFor({ state: 'visible' })
    assert.equal(await detail.locator('.timeline-item--internal').count(), 0)
    assert.equal(await detail.getByText('内部跟进').count(), 0)

    await act(detail, 'supplement', async (form) => {
      await form.locator('textarea').fill(SUPPLEMENT)
      const chooser = page.waitForEvent('filechooser')
      await form.locator('.supplement-photo-add').click()
      await (await chooser).setFiles({ name: 'slip-oct.png', mimeType: 'image/png', buffer: PNG_1PX })
      await form.locator('.photo-item[data-status="done"]').waitFor({ state: 'visible', timeout: 15_000 })
      await screenshot(page, 'worker-supplementing')
    })
    await expectStatus(detail, '办理中')
    const supplemented = detail.locator('.timeline-supplement').first()
    assert.equal(await supplemented.locator('.timeline-photo').count(), 1)
    await page.close()
  })

  it('the township answers; the worker says 未解决 with a reason', async () => {
    const { page: p, detail: atTownship } = await asTownship()
    await atTownship.locator('.timeline-item', { hasText: SUPPLEMENT }).waitFor({ state: 'visible' })
    await act(atTownship, 'answer', async (form) => {
      await form.locator('textarea').fill(FIRST_ANSWER)
    })
    await expectStatus(atTownship, '已答复')
    await p.close()

    const { page, detail } = await asWorker()
    await detail.locator('.timeline-item', { hasText: FIRST_ANSWER }).waitFor({ state: 'visible' })
    await screenshot(page, 'worker-sees-answer')
    await act(detail, 'reject', async (form) => {
      await form.locator('textarea').fill(NOT_SOLVED)
    })
    await expectStatus(detail, '办理中')
    await detail.locator('.detail-reopen', { hasText: '重办 1 次' }).waitFor({ state: 'visible' })
    await page.close()
  })

  it('the township answers again; the worker confirms with three ratings', async () => {
    const { page: p, detail: atTownship } = await asTownship()
    await atTownship.locator('.timeline-item', { hasText: NOT_SOLVED }).waitFor({ state: 'visible' })
    await act(atTownship, 'answer', async (form) => {
      await form.locator('textarea').fill(SECOND_ANSWER)
    })
    await expectStatus(atTownship, '已答复')
    await screenshot(p, 'township-answered-again')
    await p.close()

    const { page, detail } = await asWorker()
    await detail.locator('.timeline-item', { hasText: SECOND_ANSWER }).waitFor({ state: 'visible' })
    await act(detail, 'confirm', async (form) => {
      // Two of three rated: the form refuses and says which one is missing.
      await form.locator('.rating-row-speed .rating-star[data-value="5"]').click()
      await form.locator('.rating-row-attitude .rating-star[data-value="5"]').click()
      await form.locator('.action-submit').click()
      await form.locator('.rating-row-result .field-error', { hasText: '请为办理结果打分' }).waitFor({ state: 'visible' })
      await form.locator('.rating-row-result .rating-star[data-value="4"]').click()
      await form.locator('textarea').fill('第二次办得很扎实，谢谢工会！')
    })
    await expectStatus(detail, '已办结')
    assert.equal(await detail.locator('.action-btn').count(), 0)
    assert.equal(await detail.locator('.detail-ratings .rating-row-speed .rating-star--on').count(), 5)
    assert.equal(await detail.locator('.detail-ratings .rating-row-result .rating-star--on').count(), 4)
    await screenshot(page, 'worker-confirmed')
    await page.close()
  })

  it('the county sees the whole history, closed', async () => {
    const { page, detail } = await asCounty()
    await expectStatus(detail, '已办结')
    for (const kind of ['submit', 'dispatch', 'return', 'acknowledge', 'request_info', 'supplement', 'answer', 'reject', 'confirm']) {
      assert.ok((await detail.locator(`.timeline-${kind}`).count()) > 0, `timeline has ${kind}`)
    }
    await screenshot(page, 'county-closed')
    await page.close()
  })

  it('大字模式 (switched on in 我的) enlarges the ticket page', async () => {
    const mine = await worker.newPage()
    await mine.goto(`${base}/#/pages/mine/index`)
    await mine.locator('.mine .large-text-switch input').check({ force: true })
    await mine.locator('.mine.page--large').waitFor({ state: 'attached' })
    await mine.close()

    const { page, detail } = await asWorker()
    const root = page.locator('.grievance-detail.page--large')
    await root.waitFor({ state: 'attached' })
    // Body text is at least 16 px, and larger than usual.
    await detail.locator('.detail-description-text').waitFor({ state: 'visible' })
    // A string runs in the page (this file is typed without the DOM).
    const size: unknown = await page.evaluate(
      "parseFloat(getComputedStyle(document.querySelector('.grievance-detail.page--large .detail-description-text')).fontSize)"
    )
    assert.ok(typeof size === 'number' && size >= 18, `large body text, got ${String(size)} px`)
    await detail.locator('.timeline').scrollIntoViewIfNeeded()
    await screenshot(page, 'worker-large-text')
    await page.close()
    await Promise.all([worker, county, township].map((c) => c.close()))
  })
})
