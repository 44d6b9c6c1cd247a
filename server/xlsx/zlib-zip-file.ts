// A zip entry for fflate's streaming Zip, deflated by Node's zlib instead of fflate's
// JavaScript deflate: native and on the thread pool, so a long export costs the event loop only
// the XML it builds (fflate's deflate took most of the writer's time, in 10 ms slices on the
// main thread).
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib'
import type { AsyncFlateStreamHandler, FlateError, ZipInputFile } from 'fflate'

const DEFLATE = 8

export class ZlibZipFile implements ZipInputFile {
  size = 0
  crc = 0
  readonly compression = DEFLATE
  ondata?: AsyncFlateStreamHandler
  private readonly z: DeflateRaw

  constructor(readonly filename: string, onDrain: () => void) {
    this.z = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION })
    this.z.on('data', (chunk: Buffer) => this.ondata?.(null, chunk, false))
    this.z.on('end', () => this.ondata?.(null, new Uint8Array(0), true))
    this.z.on('error', (err: Error) => {
      const e: FlateError = Object.assign(new Error(`deflate failed: ${err.message}`), { code: 0 })
      this.ondata?.(e, new Uint8Array(0), false)
    })
    this.z.on('drain', onDrain)
  }

  /** Adds bytes; false when zlib's input buffer is full (wait for onDrain). Size and CRC are
   * of the uncompressed bytes, as the zip's data descriptor needs them. */
  push(chunk: Uint8Array, final = false): boolean {
    this.size += chunk.length
    this.crc = crc32(chunk, this.crc)
    const more = this.z.write(chunk)
    if (final) this.z.end()
    return more
  }

  terminate(): void {
    this.z.destroy()
  }
}
