import type { Config } from './config'
import type { Db } from './db/pool'
import type { FileStore } from './uploads/file-store'
import type { WechatClient } from './wechat/client'

/** Everything the HTTP app needs from the outside, so tests can build it in-process. */
export interface AppDeps {
  config: Config
  db: Db
  dbKind: 'embedded' | 'external'
  files: FileStore
  wechat: WechatClient | undefined
}
