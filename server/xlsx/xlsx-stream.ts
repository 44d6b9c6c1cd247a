// A one-sheet .xlsx written as it is read: rows are turned into XML, deflated and handed to the
// reader in chunks, so an export of any length holds only a few hundred KB at a time. Inline
// strings (no shared-string table, which would have to keep every text until the end). Rows are
// accepted only while both the reader and the deflater keep up.
import { Readable } from 'node:stream'
import { strToU8, Zip, ZipDeflate } from 'fflate'
import { cellText, columnName, displayWidth, escapeXml, fixedParts, SHEET_TAIL, sheetHead } from './xlsx-parts'
import { ZlibZipFile } from './zlib-zip-file'

/** A number is written as a number; null (or '') leaves the cell empty; dates come as strings. */
export type Cell = string | number | null

export interface XlsxColumn {
  header: string
  /** In Excel's character units; default: fits the header. */
  width?: number
}

export interface XlsxStream {
  /** The file's bytes; pipe it to the response. */
  readable: Readable
  /** Resolves when the reader wants more (backpressure); rejects once the stream failed or was closed. */
  addRow(row: readonly Cell[]): Promise<void>
  /** Writes the end of the file. */
  finish(): Promise<void>
  /** Fails the stream: the reader gets `err` instead of a truncated file that looks complete. */
  abort(err: Error): void
}

// Deflating every row alone would be slow and compress badly; this much XML is deflated at once.
const FLUSH_CHARS = 64 * 1024
const HIGH_WATER_MARK = 64 * 1024

function cellXml(value: Cell, ref: string, style: string): string {
  if (value === null || value === '') return ''
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : ''
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(value))}</t></is></c>`
}

export function xlsxStream(sheetName: string, columns: readonly XlsxColumn[]): XlsxStream {
  const names = columns.map((_, i) => columnName(i))
  const rowXml = (row: readonly Cell[], r: number, style = ''): string =>
    `<row r="${r}">${row.map((v, c) => cellXml(v, `${names[c] ?? columnName(c)}${r}`, style)).join('')}</row>`

  let failure: Error | null = null
  let finished = false
  // Backpressure from either side: the reader's buffer is full, or zlib's input is.
  let readerFull = false
  let deflaterFull = false
  let waiters: { resolve: () => void; reject: (err: Error) => void }[] = []
  const wake = (err?: Error) => {
    const ws = waiters
    waiters = []
    for (const w of ws) if (err) w.reject(err)
    else w.resolve()
  }
  const fail = (err: Error) => {
    if (failure) return
    failure = err
    zip.terminate()
    wake(err)
  }

  const readable = new Readable({
    highWaterMark: HIGH_WATER_MARK,
    read() {
      readerFull = false
      if (!deflaterFull) wake()
    },
    // The reader went away (client disconnected) or abort(): whoever feeds rows must stop.
    destroy(err, callback) {
      if (!finished || err) fail(err ?? new Error('xlsx stream closed before the file was complete'))
      callback(err)
    }
  })

  const zip = new Zip((err, data, final) => {
    if (err) return readable.destroy(err)
    if (!readable.push(data)) readerFull = true
    if (final) readable.push(null)
  })
  for (const [path, xml] of fixedParts(sheetName)) {
    const part = new ZipDeflate(path, { level: 6 })
    zip.add(part)
    part.push(strToU8(xml), true)
  }
  const sheet = new ZlibZipFile('xl/worksheets/sheet1.xml', () => {
    deflaterFull = false
    if (!readerFull) wake()
  })
  zip.add(sheet)

  const widths = columns.map((c) => c.width ?? Math.min(60, Math.max(8, displayWidth(c.header) + 2)))
  let pending: string[] = [sheetHead(widths), rowXml(columns.map((c) => c.header), 1, ' s="1"')]
  let pendingChars = 0
  let rowCount = 1
  const flush = (final: boolean) => {
    if (!sheet.push(strToU8(pending.join('')), final)) deflaterFull = true
    pending = []
    pendingChars = 0
  }

  return {
    readable,
    addRow(row) {
      if (failure) return Promise.reject(failure)
      if (finished) return Promise.reject(new Error('xlsx stream already finished'))
      rowCount += 1
      const xml = rowXml(row, rowCount)
      pending.push(xml)
      pendingChars += xml.length
      if (pendingChars >= FLUSH_CHARS) flush(false)
      if (!readerFull && !deflaterFull) return Promise.resolve()
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }))
    },
    finish() {
      if (failure) return Promise.reject(failure)
      if (finished) return Promise.resolve()
      finished = true
      pending.push(SHEET_TAIL)
      flush(true)
      zip.end()
      return Promise.resolve()
    },
    abort(err) {
      readable.destroy(err)
    }
  }
}
