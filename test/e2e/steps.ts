// Small steps of the browser journey, each as a person would do it on their phone.
import assert from 'node:assert/strict'
import path from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { ARTIFACTS, phone } from './browser'

export const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000'

export const WORKER_DETAIL = '/packages/grievance/detail/index'
export const CADRE_DETAIL = '/packages/workbench/detail/index'

export async function demoLogin(page: Page, account: string): Promise<void> {
  await page.goto(`${base}/#/packages/account/login/index`)
  const button = page.locator(`.login #demo-${account}`)
  await button.waitFor({ state: 'visible' })
  await button.click()
  // Runs in the page (a string, since the test code is typed without the DOM).
  await page.waitForFunction("(localStorage.getItem('nj.session.token') || '').length > 20")
}

/** A phone-sized browser context logged in as a demo account. */
export async function loggedIn(browser: Browser, account: string): Promise<BrowserContext> {
  const ctx = await phone(browser)
  const page = await ctx.newPage()
  await demoLogin(page, account)
  await page.close()
  return ctx
}

/**
 * A fresh tab on one ticket. The H5 router keeps earlier pages in the DOM, so every step opens
 * its own tab and looks only inside that page's root.
 */
export async function openTicket(ctx: BrowserContext, path: string, ticketId: string, root: string): Promise<{ page: Page; detail: Locator }> {
  const page = await ctx.newPage()
  await page.goto(`${base}/#${path}?id=${ticketId}`)
  const detail = page.locator(root)
  await detail.locator('.detail-number').waitFor({ state: 'visible', timeout: 15_000 })
  return { page, detail }
}

export async function expectStatus(detail: Locator, label: string): Promise<void> {
  await detail.locator('.detail-header .status-tag', { hasText: label }).waitFor({ state: 'visible', timeout: 10_000 })
}

/** Open an action's form, let `fill` fill it in, send it and wait for the form to close. */
export async function act(detail: Locator, action: string, fill: (form: Locator) => Promise<void>): Promise<void> {
  const button = detail.locator(`.action-${action}`)
  const form = detail.locator(`.action-form-${action}`)
  await button.click()
  try {
    await form.waitFor({ state: 'visible', timeout: 5_000 })
  } catch {
    // Under CI load a first tap on a freshly opened page has gone unanswered (as with the
    // confirm modal in tapAndConfirm): tap once more, keeping a picture of the moment.
    await detail.page().screenshot({ path: path.join(ARTIFACTS, `lost-tap-${action}.png`) })
    if ((await form.count()) === 0) await button.click()
    await form.waitFor({ state: 'visible' })
  }
  await fill(form)
  await form.locator('.action-submit').click()
  const error = form.locator('.field-error').first()
  const until = Date.now() + 15_000
  for (;;) {
    if ((await form.count()) === 0) return
    if (await error.isVisible()) assert.fail(`${action} failed: ${(await error.textContent()) ?? ''}`)
    if (Date.now() > until) assert.fail(`${action}: the form did not close`)
    await detail.page().waitForTimeout(100)
  }
}

/**
 * Tap a button that asks "确定?" in a modal, and confirm. Under load a tap on a freshly opened
 * H5 page has once gone unanswered (no modal); a person taps again, and so does this — once,
 * with a screenshot of the moment kept for whoever looks into it.
 */
export async function tapAndConfirm(page: Page, button: Locator, name: string): Promise<void> {
  const confirm = page.locator('.taro-model__confirm')
  await button.click()
  try {
    await confirm.waitFor({ state: 'visible', timeout: 5_000 })
  } catch {
    await page.screenshot({ path: path.join(ARTIFACTS, `lost-tap-${name}.png`) })
    await button.click()
  }
  await confirm.click()
}

/** The `.union-option` whose text is exactly `name`. */
export function unionOption(form: Locator, name: string): Locator {
  return form.locator('.union-option').filter({ hasText: new RegExp(`^${name}$`) })
}

export function ticketIdOf(url: string): string {
  const m = /[?&]id=([0-9a-f-]{36})/.exec(url)
  assert.ok(m, `no ticket id in ${url}`)
  return m[1]
}
