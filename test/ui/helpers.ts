// Small helpers over @tarojs/test-utils-react for driving pages the way a person would.
import TestUtils from '@tarojs/test-utils-react'
import { Current } from '@tarojs/runtime'
import type { ComponentType } from 'react'

export async function mountPage(Page: ComponentType, params: Record<string, string> = {}, path = '/'): Promise<TestUtils> {
  Current.router = { params, path, $taroPath: path, onReady: '', onHide: '', onShow: '' }
  const utils = new TestUtils()
  await utils.mount(Page)
  return utils
}

/** Let pending promises (mocked services) settle and React re-render. */
export async function settle(utils: TestUtils, ms = 0): Promise<void> {
  await utils.act(async () => {
    await new Promise((r) => setTimeout(r, ms))
  })
}

export function $(selector: string): Element | null {
  return document.querySelector(selector)
}

export function $$(selector: string): Element[] {
  return Array.from(document.querySelectorAll(selector))
}

export function must(selector: string): Element {
  const el = document.querySelector(selector)
  if (!el) throw new Error(`no element matches ${selector}`)
  return el
}

export function text(selector: string): string {
  return must(selector).textContent?.trim() ?? ''
}

/** Wait until `selector` matches (web components render a frame late). */
export async function waitFor(utils: TestUtils, selector: string, timeoutMs = 8000): Promise<Element> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const el = document.querySelector(selector)
    if (el) return el
    if (Date.now() > until) throw new Error(`timed out waiting for ${selector}`)
    await settle(utils, 10)
  }
}

export async function waitUntil(utils: TestUtils, check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await settle(utils, 10)
  }
}

/** Type into an H5 Input/Textarea: the web component wraps a native input or textarea. */
export async function typeInto(utils: TestUtils, selector: string, value: string): Promise<void> {
  const el = await waitFor(utils, selector)
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`${selector} is not a text field`)
  await utils.act(async () => {
    el.value = value
    utils.fireEvent.input(el)
  })
  await settle(utils)
}

export async function tap(utils: TestUtils, selector: string): Promise<void> {
  const el = await waitFor(utils, selector)
  await utils.act(async () => {
    utils.fireEvent.click(el)
  })
  await settle(utils)
}
