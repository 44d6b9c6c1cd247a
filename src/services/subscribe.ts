// WeChat subscribe messages (订阅消息): after an action that the union will answer, the worker
// is asked once whether they want a message when there is progress. One consent allows one
// message, so the question is asked again after each such action.
//
// WeChat only shows the question when wx.requestSubscribeMessage is called straight from a
// tap ("can only be invoked by user TAP gesture"): nothing may be awaited before it in the tap
// handler. So the template ids are fetched ahead of time (`prefetchProgressTemplates`, when a
// page that may ask is opened) and `askForProgressMessages` calls WeChat synchronously.
import Taro from '@tarojs/taro'
import type { SubscribeTemplates } from '../../types/api'
import type { SubscribeResultInput } from '../../types/schemas/workflow-admin'
import { request } from './request'
import { isLoggedIn } from './session'

export type SubscribeResults = SubscribeResultInput['results']
type SubscribeAnswer = SubscribeResults[string]

const ANSWERS: readonly SubscribeAnswer[] = ['accept', 'reject', 'ban', 'filter']
/** wx.requestSubscribeMessage takes at most three template ids at once. */
const MAX_TEMPLATES = 3

/** The progress template ids once fetched (empty: none configured); null until then. */
let progressIds: readonly string[] | null = null
/** The fetch under way, so concurrent prefetches share it. */
let loading: Promise<void> | null = null

export function fetchSubscribeTemplates(): Promise<SubscribeTemplates> {
  return request<SubscribeTemplates>('GET', '/subscriptions/templates')
}

/** Tell the server what the person answered, so it knows how many messages it may send. */
export function reportSubscribeResult(results: SubscribeResults): Promise<void> {
  return request<void>('POST', '/subscriptions', { data: { results } })
}

function isAnswer(value: unknown): value is SubscribeAnswer {
  return ANSWERS.some((a) => a === value)
}

/** The per-template answers out of wx's reply (which also carries errMsg). */
function answersOf(reply: object, ids: readonly string[]): SubscribeResults {
  const out: SubscribeResults = {}
  for (const [key, value] of Object.entries(reply)) {
    if (ids.includes(key) && isAnswer(value)) out[key] = value
  }
  return out
}

function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

async function loadTemplates(): Promise<void> {
  try {
    const { progress } = await fetchSubscribeTemplates()
    const ids = Array.isArray(progress) ? progress.filter((id): id is string => typeof id === 'string' && id !== '') : []
    progressIds = ids.slice(0, MAX_TEMPLATES)
  } catch {
    // Offline or logged out: stay unknown, so the next prefetch tries again.
  } finally {
    loading = null
  }
}

/**
 * Fetch the progress template ids once and keep them for `askForProgressMessages` (weapp
 * only, and only when logged in: the endpoint needs a session, and a 401 here must not send
 * someone to the login page). Never rejects; a failed fetch is tried again on the next call.
 */
export function prefetchProgressTemplates(): Promise<void> {
  if (!isWeapp() || progressIds !== null || !isLoggedIn()) return Promise.resolve()
  loading ??= loadTemplates()
  return loading
}

/**
 * Ask for consent to progress messages and report the answers. Call it synchronously from the
 * tap handler, before anything is awaited: WeChat is called at once with the prefetched ids.
 * Without them (not prefetched yet, none configured, or not on weapp) it does nothing; it
 * must not fetch first, as the question would then no longer come from the tap.
 *
 * Never throws and the returned promise never rejects; nobody needs to wait for it (it settles
 * once the answers are reported). A refusal, an old WeChat or a network failure only means no
 * message will be sent.
 */
export function askForProgressMessages(): Promise<void> {
  const ids = progressIds
  if (!isWeapp() || !ids || ids.length === 0) return Promise.resolve()
  let asked: ReturnType<typeof Taro.requestSubscribeMessage>
  try {
    asked = Taro.requestSubscribeMessage({ tmplIds: [...ids], entityIds: [] })
  } catch {
    return Promise.resolve() // not supported by this WeChat
  }
  return Promise.resolve(asked)
    .then(async (reply) => {
      const results = answersOf(reply, ids)
      if (Object.keys(results).length > 0) await reportSubscribeResult(results)
    })
    .catch(() => {
      // Refused (43101 / 20004), not supported, or offline: nothing to do.
    })
}

/** Forget the fetched template ids (tests start each case from nothing). */
export function forgetProgressTemplates(): void {
  progressIds = null
  loading = null
}
