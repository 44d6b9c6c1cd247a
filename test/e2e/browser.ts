// Debian's chromium driven by playwright-core (no downloaded browsers), phone-sized.
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'e2e')

let shots = ARTIFACTS
let shot = 0

/** A browser for one journey; its screenshots go to test-artifacts/e2e/<journey>/. */
export async function launch(journey: string): Promise<Browser> {
  shots = path.join(ARTIFACTS, journey)
  shot = 0
  // Screenshots of an earlier run would mix with this one's.
  rmSync(shots, { recursive: true, force: true })
  mkdirSync(shots, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'
    ]
    // playwright gives every launch a fresh, empty profile of its own.
  })
}

/** One phone = one context, with its own storage (login token, drafts). */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  shot += 1
  await page.waitForTimeout(400) // let page transitions settle
  await page.screenshot({ path: path.join(shots, `${String(shot).padStart(2, '0')}-${name}.png`) })
}
