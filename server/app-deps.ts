import type { CalendarService } from './calendar/calendar-service'
import type { Config } from './config'
import type { Db } from './db/pool'
import type { FileStore } from './uploads/file-store'
import type { WechatClient } from './wechat/client'

/** Hands WeChat messages queued in the outbox to the job queue (after commit). */
export interface OutboxDispatch {
  dispatch(outboxIds: string[]): void
}

/** Everything the HTTP app needs from the outside, so tests can build it in-process. */
export interface AppDeps {
  config: Config
  db: Db
  dbKind: 'embedded' | 'external'
  files: FileStore
  wechat: WechatClient | undefined
  /** The time; tests move it to walk deadlines forward. */
  clock: () => Date
  calendar: CalendarService
  outbox: OutboxDispatch
}
