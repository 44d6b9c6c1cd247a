// Streams a spreadsheet as the response while its rows are still being read from the database.
// Headers go out with the first bytes, so a failure midway cannot become an error page: the
// stream is aborted and the connection cut, and the client sees a failed download, not a hang
// or a file that looks complete but is not.
import type { FastifyReply } from 'fastify'
import { xlsxStream, type Cell, type XlsxColumn } from '../xlsx/xlsx-stream'

export interface XlsxFile {
  /** Shown to the user, e.g. 诉求台账-2026-11-28.xlsx. */
  fileName: string
  /** Latin fallback for clients that ignore filename*. */
  asciiName: string
  sheetName: string
  columns: readonly XlsxColumn[]
}

export type AddRow = (row: readonly Cell[]) => Promise<void>

export function sendXlsx(reply: FastifyReply, file: XlsxFile, fill: (addRow: AddRow) => Promise<void>): FastifyReply {
  const sheet = xlsxStream(file.sheetName, file.columns)
  void (async () => {
    try {
      await fill((row) => sheet.addRow(row))
      await sheet.finish()
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      // Also reached when the client went away: addRow then rejects and the fill stops reading.
      reply.log.warn({ err: error }, 'xlsx export stopped before the end')
      sheet.abort(error)
    }
  })()
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(sheet.readable)
}
