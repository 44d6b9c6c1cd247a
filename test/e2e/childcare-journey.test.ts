// 爱心托班 end to end in a real browser on the H5 build served by the real server: a township
// cadre publishes a class with 2 seats; three parents sign up (2 seats, 候补第1位); one cancels;
// the waitlisted parent is offered the seat and confirms; the cadre takes attendance and
// exports the roster to Excel.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { strFromU8, unzipSync } from 'fflate'
import pg from 'pg'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHILD_CONSENT_VERSION } from '../../types/childcare'
import type { Catalogue } from '../../types/api-childcare'
import { launch, screenshot } from './browser'
import { base, loggedIn, tapAndConfirm } from './steps'

const TITLE = `跃龙街道暑期托班 ${Date.now().toString(36)}`
const DAY = 86_400_000
const shanghaiDay = (days: number) => new Date(Date.now() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10)

interface Parent {
  account: string
  ctx: BrowserContext
  childName: string
  childId: string
  enrolmentId: string
}

async function tokenOf(page: Page): Promise<string> {
  const raw = (await page.evaluate("localStorage.getItem('nj.session.token')")) as string
  try {
    const parsed = JSON.parse(raw) as { data?: string }
    return parsed.data ?? raw
  } catch {
    return raw
  }
}

describe('browser journey: 爱心托班 publish → sign-up race → cancel → promotion → attendance → export', () => {
  let browser: Browser
  let cadre: BrowserContext
  let classId = ''
  let periodId = ''
  const parents: Parent[] = []


  before(async () => {
    browser = await launch('childcare')
  })
  after(() => browser.close())

  it('the township cadre creates a class with one 2-seat period and publishes it', async () => {
    cadre = await loggedIn(browser, 'cadre-township')
    const page = await cadre.newPage()
    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('.menu-childcare-classes').click()
    await page.locator('.cc-classes .class-new').click()
    const form = page.locator('.cc-class-edit')
    await form.locator('.class-save').waitFor({ state: 'visible' })
    // Saving empty shows the Chinese field messages first.
    await form.locator('.class-save').click()
    await form.locator('.field-title .field-error').waitFor({ state: 'visible' })

    const fill = async (name: string, value: string) => form.locator(`.field-${name} input, .field-${name} textarea`).first().fill(value)
    await fill('title', TITLE)
    await fill('season', '2027年暑期')
    await fill('address', '宁海县跃龙街道人民大道 100 号职工之家')
    await fill('description', '作业辅导、阅读、手工和体育活动，午餐由职工食堂提供。')
    await fill('opens-date', shanghaiDay(0))
    await fill('opens-time', '00:00')
    await fill('closes-date', shanghaiDay(1))
    await fill('period-start-0', shanghaiDay(2))
    await fill('period-end-0', shanghaiDay(6))
    await fill('period-capacity-0', '2')
    await screenshot(page, 'cadre-class-form')
    await form.locator('.class-save').click()

    const list = page.locator('.cc-classes')
    const item = list.locator('.class-item', { hasText: TITLE })
    const problem = form.locator('.field-error').first()
    const quiet = (p: Promise<void>) => p.catch(() => undefined)
    await Promise.race([quiet(item.waitFor({ state: 'visible', timeout: 15_000 })), quiet(problem.waitFor({ state: 'visible', timeout: 15_000 }))])
    assert.equal(await problem.count(), 0, `the form refused: ${(await problem.count()) ? await problem.textContent() : ''}`)
    await item.waitFor({ state: 'visible', timeout: 5_000 })
    classId = ((await item.getAttribute('id')) ?? '').replace(/^class-/, '')
    await tapAndConfirm(page, item.locator('.publish-btn'), 'publish')
    await item.locator('.tag', { hasText: '报名中' }).waitFor({ state: 'visible', timeout: 15_000 })
    periodId = ((await item.locator('.class-period').first().getAttribute('id')) ?? '').replace(/^period-/, '')
    assert.ok(classId && periodId)
    await screenshot(page, 'cadre-published')
    await page.close()
  })

  it('three parents race for two seats: 报名成功, 报名成功, 候补第1位', async () => {
    const catalogue = (await (await fetch(`${base}/api/childcare/classes`)).json()) as Catalogue
    assert.ok(catalogue.items.some((c) => c.id === classId), 'published class in the public catalogue')
    const answers: string[] = []
    for (const [account, childName] of [['parent', '李小明'], ['worker', '张小军'], ['lawyer', '孙小雨']] as const) {
      const ctx = await loggedIn(browser, account)
      const page = await ctx.newPage()
      await page.goto(`${base}/#/pages/index/index`)
      let childId = ''
      if (account !== 'parent') {
        // The child form is covered by UI tests; here the parent's own session adds the child.
        const res = await ctx.request.post(`${base}/api/children`, {
          headers: { authorization: `Bearer ${await tokenOf(page)}` },
          data: { name: childName, gender: 'female', birthDate: '2018-05-01', grade: 2, emergencyName: '家长', emergencyPhone: '13900000000', consentVersion: CHILD_CONSENT_VERSION }
        })
        assert.equal(res.status(), 201, await res.text())
        childId = ((await res.json()) as { id: string }).id
      }
      await page.goto(`${base}/#/packages/childcare/class/index?id=${classId}`)
      const cls = page.locator('.cc-class')
      await cls.locator(`#period-${periodId} .cc-sign-up-btn`).click()
      const form = page.locator('.cc-sign-up')
      const option = childId ? form.locator(`#child-${childId}`) : form.locator('.cc-child-option', { hasText: childName })
      await option.click()
      await form.locator('.field-phone input').fill('13900000000')
      if (answers.length === 0) await screenshot(page, 'parent-sign-up-form')
      await form.locator('.cc-submit-btn').click()
      const answer = form.locator('.cc-result-answer')
      await answer.waitFor({ state: 'visible', timeout: 15_000 })
      answers.push(((await answer.textContent()) ?? '').trim())
      await screenshot(page, `sign-up-answer-${parents.length + 1}`)
      // The answer page moves on to the sign-up itself.
      await page.locator('.cc-enrolment .cc-cancel, .cc-enrolment .cc-state-panel').first().waitFor({ state: 'visible', timeout: 15_000 })
      const enrolmentId = /[?&]id=([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
      parents.push({ account, ctx, childName, childId, enrolmentId })
      await page.close()
    }
    assert.match(answers[0]!, /报名成功/)
    assert.match(answers[1]!, /报名成功/)
    assert.match(answers[2]!, /候补第\s*1\s*位/)
  })

  it('one parent cancels; the waitlisted parent is offered the seat and confirms it', async () => {
    const [first, , third] = parents
    const page = await first!.ctx.newPage()
    await page.goto(`${base}/#/packages/childcare/enrolment/index?id=${first!.enrolmentId}`)
    const view = page.locator('.cc-enrolment')
    await tapAndConfirm(page, view.locator('.cc-cancel-btn'), 'cancel-enrolment')
    await view.locator('text=已取消').first().waitFor({ state: 'visible', timeout: 15_000 })
    await screenshot(page, 'parent-cancelled')
    await page.close()

    const p3 = await third!.ctx.newPage()
    await p3.goto(`${base}/#/packages/childcare/enrolment/index?id=${third!.enrolmentId}`)
    const offer = p3.locator('.cc-enrolment')
    await offer.locator('.cc-claim-btn').waitFor({ state: 'visible', timeout: 15_000 })
    assert.match((await offer.locator('.cc-claim-by').textContent()) ?? '', /前确认/)
    await screenshot(p3, 'waitlisted-offered')
    await offer.locator('.cc-claim-btn').click()
    await offer.locator('.cc-claim-btn').waitFor({ state: 'detached', timeout: 15_000 })
    await offer.locator('text=报名成功').first().waitFor({ state: 'visible', timeout: 15_000 })
    await screenshot(p3, 'waitlisted-confirmed')
    await p3.close()
  })

  it('the cadre takes attendance on the first day and exports the roster', async () => {
    // The server's clock cannot be moved: the period is moved instead, to start today, as if the
    // summer had come. Nothing else about the sign-ups changes.
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
    await db.connect()
    try {
      const today = shanghaiDay(0)
      await db.query(`UPDATE childcare_periods SET start_date = $2::date, end_date = $2::date + 4 WHERE id = $1`, [periodId, today])
      await db.query(`UPDATE enrolments SET dates = daterange($2::date, $2::date + 4, '[]') WHERE period_id = $1`, [periodId, today])
    } finally {
      await db.end()
    }
    const page = await cadre.newPage()
    await page.goto(`${base}/#/packages/workbench/childcare-roster/index?periodId=${periodId}`)
    const roster = page.locator('.cc-roster')
    await roster.locator('.roster-entry').first().waitFor({ state: 'visible', timeout: 15_000 })
    const names = await roster.locator('.roster-entry .roster-child').allTextContents()
    assert.deepEqual(names.sort(), [parents[1]!.childName, parents[2]!.childName].sort())
    await screenshot(page, 'cadre-roster')

    await roster.locator('.attendance-btn').click()
    const sheet = page.locator('.cc-attendance')
    await sheet.locator('.attendance-row').first().waitFor({ state: 'visible', timeout: 15_000 })
    await sheet.locator('.attendance-all').click()
    await sheet.locator('.attendance-row').first().click() // one child is off sick today
    await sheet.locator('.attendance-save').click()
    await sheet.locator('.attendance-save', { hasText: '已保存' }).waitFor({ state: 'visible', timeout: 15_000 })
    assert.deepEqual((await sheet.locator('.attendance-mark').allTextContents()).sort(), ['出勤', '缺勤'])
    await screenshot(page, 'cadre-attendance')
    await page.close()

    const again = await cadre.newPage()
    await again.goto(`${base}/#/packages/workbench/childcare-roster/index?periodId=${periodId}`)
    const r2 = again.locator('.cc-roster')
    await r2.locator('.export-btn').waitFor({ state: 'visible', timeout: 15_000 })
    const download = again.waitForEvent('download')
    await r2.locator('.export-btn').click()
    const file = await download
    assert.match(file.suggestedFilename(), /\.xlsx$/)
    const bytes = await file.createReadStream().then(async (s) => {
      const chunks: Buffer[] = []
      for await (const c of s) chunks.push(c as Buffer)
      return Buffer.concat(chunks)
    })
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet1.xml']!)
    for (const name of [parents[1]!.childName, parents[2]!.childName, '报名成功', '已取消']) assert.ok(xml.includes(name), `${name} in the export`)
    await again.close()
  })
})
