// Where uploaded bytes live. Local disk by default; an S3-compatible store can implement
// the same interface later without touching the routes.
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>
  read(key: string): Readable
  remove(key: string): Promise<void>
}

export function createLocalFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    const full = path.resolve(root, key)
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new Error(`bad storage key ${key}`)
    return full
  }
  return {
    async put(key, bytes) {
      const full = resolve(key)
      await mkdir(path.dirname(full), { recursive: true })
      // Write then rename: a crash never leaves a half-written file under the real name.
      const tmp = `${full}.${process.pid}.tmp`
      await writeFile(tmp, bytes)
      await rename(tmp, full)
    },
    read: (key) => createReadStream(resolve(key)),
    remove: (key) => rm(resolve(key), { force: true })
  }
}
