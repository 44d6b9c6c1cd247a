// WeChat subscribe messages (订阅消息): after an action that the union will answer, the worker
// is asked once whether they want a message when there is progress. One consent allows one
// message, so the question is asked again after each such action.
import Taro from '@tarojs/taro'
import type { SubscribeTemplates } from '../../types/api'
import type { SubscribeResultInput } from '../../types/schemas/workflow-admin'
import { request } from './request'

export type SubscribeResults = SubscribeResultInput['results']
type SubscribeAnswer = SubscribeResults[string]

const ANSWERS: readonly SubscribeAnswer[] = ['accept', 'reject', 'ban', 'filter']
/** wx.requestSubscribeMessage takes at most three template ids at once. */
const MAX_TEMPLATES = 3

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

/**
 * Ask for consent to progress messages (weapp only, and only when the server has templates
 * configured), then report the answers. Never throws and never needs awaiting: a refusal,
 * an old WeChat or a network failure only means no message will be sent.
 */
export async function askForProgressMessages(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    const { progress } = await fetchSubscribeTemplates()
    const ids = progress.slice(0, MAX_TEMPLATES)
    if (ids.length === 0) return
    const reply = await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })
    const results = answersOf(reply, ids)
    if (Object.keys(results).length > 0) await reportSubscribeResult(results)
  } catch {
    // Refused (43101), not supported, or offline: nothing to do.
  }
}
