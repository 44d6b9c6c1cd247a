// 法律援助 end to end in a real browser on the H5 build served by the real server: a worker files
// a wage-arrears request with a PDF as evidence and books a duty slot; the station's union
// (宁海县总工会, 陈国平) assigns the duty lawyer 孙立新; the lawyer moves the case to 调解 and
// closes it with ¥8,000 recovered; the worker sees the result and rates it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Locator } from 'playwright-core'
import { launch, screenshot } from './browser'
import { act, base, CADRE_DETAIL, expectStatus, loggedIn, openTicket, ticketIdOf, WORKER_DETAIL } from './steps'

const STATION = '宁海县总工会职工法律援助站'
const EMPLOYER = `宁海顺达快递有限公司 ${Date.now().toString(36)}`
const STORY = '我在宁海顺达快递做派件员，最近三个月的工资共 8,000 元一直没发，站点说总公司没结算，多次催要无果。'
const STAGE_NOTE = '已联系用人单位负责人，双方同意在县劳动争议调解中心调解，定于下周二上午。'
const CLOSING_NOTE = '经调解，用人单位当场支付拖欠工资 8,000 元，双方签订调解协议书。'
const THANKS = '孙律师很专业，钱都拿回来了，谢谢工会！'
// A small but real PDF (the server judges the type from the bytes).
const PAY_SLIPS_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
)
// 宁海县跃龙街道, near the station: the worker lets the form know where they are.
const NINGHAI = { latitude: 29.2913, longitude: 121.4297 }

describe('browser journey: 法律援助 request with a PDF → booking → 指派律师 → 调解 → 结案 ¥8,000 → 评价', () => {
  let browser: Browser
  let worker: BrowserContext
  let county: BrowserContext
  let lawyer: BrowserContext
  let ticketId = ''


  const asWorker = () => openTicket(worker, WORKER_DETAIL, ticketId, '.grievance-detail')
  const asCadre = (ctx: BrowserContext) => openTicket(ctx, CADRE_DETAIL, ticketId, '.workbench-detail')

  /** The value of one row of the 法律援助案件 panel. */
  const caseRow = (detail: Locator, name: string) => detail.locator(`.legal-case .case-${name} .detail-row-value`)

  before(async () => {
    browser = await launch('legal-aid')
  })
  after(() => browser.close())

  it('the worker files a wage-arrears request with a PDF; the consent is asked for first', async () => {
    worker = await loggedIn(browser, 'worker')
    await worker.grantPermissions(['geolocation'], { origin: base })
    await worker.setGeolocation(NINGHAI)
    const page = await worker.newPage()
    await page.goto(`${base}/#/pages/index/index`)
    await page.locator('.home #service-legal-aid').waitFor({ state: 'visible' })
    await screenshot(page, 'home')
    await page.locator('.home #service-legal-aid').click()
    const form = page.locator('.legal-aid-new')
    await form.locator('.la-submit-btn').waitFor({ state: 'visible' })

    // The nearest station is suggested and preselected.
    const station = form.locator('.la-station.la-option--on')
    await station.waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(await station.locator('.la-station-name').textContent(), STATION)
    assert.equal(await station.locator('.la-station-suggested').count(), 1)
    assert.match((await station.locator('.la-station-distance').textContent()) ?? '', /^距您约 \d+ 米$/)

    await form.locator('#case-type-wage_arrears').click()
    assert.equal(await form.locator('#case-type-wage_arrears').getAttribute('aria-checked'), 'true')
    await form.locator('.field-description textarea').fill(STORY)
    await form.locator('.field-employer input').fill(EMPLOYER)
    await form.locator('.field-amount input').fill('8000')

    // 开始时间: the month picker (its sheet is attached to <body>), opened on this month. A tap on
    // a row picks it, as on a phone: three rows above the highlighted one is three months ago
    // (in January–March the column stops at January).
    await form.locator('.la-since-value').click()
    const picker = page.locator('.weui-picker__overlay .weui-picker')
    await picker.waitFor({ state: 'visible' })
    await page.waitForTimeout(400) // the sheet slides up
    const box = await picker.locator('taro-picker-group').nth(1).boundingBox()
    assert.ok(box, 'the month column is on screen')
    // The highlighted row is the middle of the column; a row is 34 px.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 3 * 34)
    await page.waitForTimeout(400) // the column settles on the tapped row
    await picker.locator('.weui-picker__action', { hasText: '确定' }).click()
    const [year, month] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7).split('-').map(Number) // Shanghai
    assert.equal(await form.locator('.la-since-value').textContent(), `${year}年${Math.max(1, month! - 3)}月›`)

    await form.locator('#help-mediation').click()
    await form.locator('.field-phone input').fill('13805741234')

    // Everything but the consent: the form refuses and says why, in Chinese.
    await form.locator('.la-submit-btn').click()
    const consentError = form.locator('.field-consent .field-error')
    await consentError.waitFor({ state: 'visible' })
    assert.equal(await consentError.textContent(), '请阅读并同意法律援助个人信息处理规则')
    assert.equal(await form.locator('.field-error').count(), 1, 'the consent is the only thing missing')
    assert.equal(page.url().includes('legal-aid/new'), true, 'nothing was sent')
    await screenshot(page, 'consent-required')

    // Evidence: the browser's file dialog (a hidden <input type="file">).
    const chooser = page.waitForEvent('filechooser')
    await form.locator('.la-evidence-add-file').click()
    await (await chooser).setFiles({ name: '七至九月工资条.pdf', mimeType: 'application/pdf', buffer: PAY_SLIPS_PDF })
    const file = form.locator('.la-evidence-item[data-status="done"]')
    await file.waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(await file.getAttribute('data-kind'), 'pdf')
    assert.equal(await file.locator('.la-evidence-name').textContent(), '七至九月工资条.pdf')

    await form.locator('.la-consent-checkbox').click()
    assert.equal(await form.locator('.la-consent-checkbox').getAttribute('data-checked'), 'true')
    await consentError.waitFor({ state: 'detached' })
    await screenshot(page, 'request-form')

    await form.locator('.la-submit-btn').click()
    const detail = page.locator('.grievance-detail')
    await detail.locator('.detail-number').waitFor({ state: 'visible', timeout: 15_000 })
    assert.match((await detail.locator('.detail-number').textContent()) ?? '', /^FY\d{8}-\d{4,6}$/)
    await expectStatus(detail, '待签收')
    assert.equal(await detail.locator('.detail-category').textContent(), '法律援助 · 欠薪')
    assert.equal(await caseRow(detail, 'type').textContent(), '欠薪')
    assert.equal(await caseRow(detail, 'help').textContent(), '调解')
    assert.equal(await caseRow(detail, 'amount').textContent(), '8,000 元')
    assert.equal(await caseRow(detail, 'station').textContent(), STATION)
    assert.equal(await caseRow(detail, 'lawyer').textContent(), '待指派')
    assert.deepEqual(await detail.locator('.stage-step--current').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage'))), ['consultation'])
    // The PDF is attached as a file, not shown as a photo.
    assert.equal(await detail.locator('.detail-description .detail-file').count(), 1)
    assert.equal(await detail.locator('.detail-description .detail-file-name').textContent(), 'PDF 文件')
    assert.equal(await detail.locator('.detail-description .detail-photo').count(), 0)
    ticketId = ticketIdOf(page.url())
    await screenshot(page, 'request-filed')
    await detail.locator('.detail-description .detail-file').scrollIntoViewIfNeeded()
    await screenshot(page, 'request-evidence')
    await page.close()
  })

  it('the worker books the first free duty slot; the appointment shows on the request', async () => {
    assert.ok(ticketId, 'needs the request from the first step')
    const { page, detail } = await asWorker()
    await detail.locator('.legal-appointments .book-appointment-btn').click()
    const booking = page.locator('.legal-aid-book')
    const slot = booking.locator('.la-slot[data-taken="false"]').first()
    await slot.waitFor({ state: 'visible', timeout: 15_000 })
    const time = ((await slot.locator('.la-slot-time').textContent()) ?? '').trim()
    assert.match(time, /^(09:00–11:30|14:00–16:00)$/)
    assert.equal(await slot.locator('.la-slot-lawyer').textContent(), '值班律师 孙立新')
    await screenshot(page, 'duty-slots')

    await slot.click()
    // The question names the slot: 11月24日 周二 09:00–11:30，面谈，孙立新 律师。…
    const question = page.locator('.taro-modal__content', { hasText: '确认预约' })
    await question.waitFor({ state: 'visible' })
    assert.equal((await question.locator('.taro-modal__text').textContent())?.includes(`${time}，`), true)
    await page.locator('.taro-model__confirm').click()

    // Back on the request, with the appointment up front and no second booking offered.
    const back = page.locator('.grievance-detail')
    const upcoming = back.locator('.legal-appointments .appointment--upcoming')
    await upcoming.waitFor({ state: 'visible', timeout: 15_000 })
    assert.ok(((await upcoming.locator('.appointment-when').textContent()) ?? '').endsWith(time), 'the booked time')
    assert.equal(await upcoming.locator('.appointment-lawyer').textContent(), '孙立新 律师')
    assert.equal(await back.locator('.book-appointment-btn').count(), 0)
    await back.locator('.timeline-book_appointment').first().waitFor({ state: 'visible' })
    await upcoming.scrollIntoViewIfNeeded()
    await screenshot(page, 'appointment-booked')
    await page.close()
  })

  it('the station union (陈国平) assigns the case to 孙立新', async () => {
    assert.ok(ticketId, 'needs the request from the first step')
    county = await loggedIn(browser, 'cadre-county')
    const { page, detail } = await asCadre(county)
    await expectStatus(detail, '待签收')
    assert.equal((await detail.locator('.requester-name').textContent())?.includes('张建军'), true)
    assert.equal(await detail.locator('.detail-description .detail-file').count(), 1)
    await act(detail, 'assign_lawyer', async (form) => {
      await form.locator('.reason-option', { hasText: /^孙立新$/ }).click()
      await form.locator('textarea').fill('职工已预约值班时段，请按时接待。')
      await screenshot(page, 'assigning-lawyer')
    })
    await expectStatus(detail, '办理中')
    await caseRow(detail, 'lawyer').filter({ hasText: /^孙立新$/ }).waitFor({ state: 'visible' })
    await page.close()
  })

  it('the lawyer finds it in 律师工作台, moves it to 调解 and closes it with 8,000 元 recovered', async () => {
    assert.ok(ticketId, 'needs the request from the first step')
    lawyer = await loggedIn(browser, 'lawyer')
    const mine = await lawyer.newPage()
    await mine.goto(`${base}/#/pages/mine/index`)
    await mine.locator('.mine .menu-legal-cases').click()
    const list = mine.locator('.legal-cases')
    const item = list.locator(`#case-${ticketId}`)
    await item.waitFor({ state: 'visible', timeout: 15_000 })
    assert.equal(await item.locator('.case-type').textContent(), '欠薪')
    assert.equal(await item.locator('.case-stage').textContent(), '咨询')
    assert.match((await item.locator('.case-next').textContent()) ?? '', /^下次预约：/)
    await screenshot(mine, 'lawyer-cases')
    await mine.close()

    // The list opens the case in the staff view; a fresh tab on it (the router keeps the list).
    const { page, detail } = await asCadre(lawyer)
    await expectStatus(detail, '办理中')
    await act(detail, 'advance_stage', async (form) => {
      assert.equal(await form.locator('.action-context').textContent(), '当前阶段：咨询')
      await form.locator('.reason-option[data-value="mediation"]').click()
      await form.locator('textarea').fill(STAGE_NOTE)
    })
    await detail.locator('.stage-step-mediation.stage-step--current').waitFor({ state: 'visible' })
    const advanced = detail.locator('.timeline-advance_stage').first()
    await advanced.waitFor({ state: 'visible' })
    assert.equal(await advanced.locator('.timeline-reason').textContent(), '进入阶段：调解')
    await screenshot(page, 'lawyer-mediation')

    await act(detail, 'close_case', async (form) => {
      assert.equal(await form.locator('.action-context').textContent(), '当前阶段：调解')
      await form.locator('.reason-option[data-value="mediated"]').click()
      await form.locator('.amount-field input').fill('8000')
      await form.locator('textarea').fill(CLOSING_NOTE)
      await screenshot(page, 'lawyer-closing')
    })
    await expectStatus(detail, '已答复')
    await detail.locator('.stage-step-closed.stage-step--current').waitFor({ state: 'visible' })
    assert.equal(await caseRow(detail, 'outcome').textContent(), '调解达成协议')
    assert.equal(await caseRow(detail, 'recovered').textContent(), '8,000 元')
    await detail.locator('.legal-case').scrollIntoViewIfNeeded()
    await screenshot(page, 'lawyer-closed')
    await page.close()
  })

  it('the worker sees the case closed with 8,000 元 recovered and confirms it with three ratings', async () => {
    assert.ok(ticketId, 'needs the request from the first step')
    const { page, detail } = await asWorker()
    await expectStatus(detail, '已答复')
    await detail.locator('.stage-step-closed.stage-step--current').waitFor({ state: 'visible' })
    assert.equal(await caseRow(detail, 'outcome').textContent(), '调解达成协议')
    assert.equal(await caseRow(detail, 'recovered').textContent(), '8,000 元')
    assert.equal(await caseRow(detail, 'lawyer').textContent(), '孙立新')
    const closed = detail.locator('.timeline-close_case').first()
    assert.equal(await closed.locator('.timeline-reason').textContent(), '结案方式：调解达成协议')
    assert.equal((await closed.locator('.timeline-text').textContent())?.includes('8,000 元'), true)
    assert.match((await detail.locator('.detail-answered-hint').textContent()) ?? '', /律师已结案/)
    await detail.locator('.legal-case').scrollIntoViewIfNeeded()
    await screenshot(page, 'worker-sees-result')

    await act(detail, 'confirm', async (form) => {
      await form.locator('.rating-row-speed .rating-star[data-value="5"]').click()
      await form.locator('.rating-row-attitude .rating-star[data-value="5"]').click()
      await form.locator('.rating-row-result .rating-star[data-value="5"]').click()
      await form.locator('textarea').fill(THANKS)
    })
    await expectStatus(detail, '已办结')
    assert.equal(await detail.locator('.action-btn').count(), 0)
    for (const row of ['speed', 'attitude', 'result']) {
      assert.equal(await detail.locator(`.detail-ratings .rating-row-${row} .rating-star--on`).count(), 5, row)
    }
    assert.equal(await detail.locator('.detail-ratings-comment').textContent(), THANKS)
    await detail.locator('.detail-ratings').scrollIntoViewIfNeeded()
    await screenshot(page, 'worker-rated')
    await page.close()
    await Promise.all([worker, county, lawyer].map((c) => c.close()))
  })
})
