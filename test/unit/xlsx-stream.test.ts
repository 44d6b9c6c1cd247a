import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { columnName } from '../../server/xlsx/xlsx-parts'
import { xlsxStream } from '../../server/xlsx/xlsx-stream'

async function collect(readable: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of readable) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Cell values of a row, empty cells as null. */
const values = (ws: ExcelJS.Worksheet, r: number, n = 3) => Array.from({ length: n }, (_, c) => ws.getRow(r).getCell(c + 1).value)

async function open(file: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(file)
  return wb.worksheets[0]!
}

describe('streaming xlsx writer', () => {
  it('writes text escaped, control characters dropped, numbers as numbers, empty cells empty', async () => {
    const s = xlsxStream('名单/第一期', [{ header: '姓名' }, { header: '备注', width: 30 }, { header: '年龄' }])
    const file = collect(s.readable)
    await s.addRow(['小明', '<过敏> & "哮喘"\u0001\u0007 ]]>', 9])
    await s.addRow(['小红', null, 10.5])
    await s.addRow(['=1+1', '', Number.NaN])
    await s.finish()
    const ws = await open(await file)
    assert.equal(ws.name, '名单 第一期', 'sheet names may not contain /')
    assert.deepEqual(values(ws, 1), ['姓名', '备注', '年龄'])
    assert.deepEqual(values(ws, 2), ['小明', '<过敏> & "哮喘" ]]>', 9])
    assert.deepEqual(values(ws, 3), ['小红', null, 10.5])
    assert.equal(ws.getCell('A4').value, '=1+1', 'text is never a formula')
    assert.equal(ws.getCell('B4').value, null)
    assert.equal(ws.getCell('C4').value, null)
    assert.equal(typeof ws.getCell('C2').value, 'number')
    assert.equal(ws.getCell('A1').font?.bold, true)
    assert.equal(ws.views[0]?.state, 'frozen')
    assert.equal(ws.getColumn(2).width, 30)
    assert.equal(ws.getColumn(1).width, 8, 'default width fits the header')
    assert.equal(ws.rowCount, 4)
  })

  it('names columns like a spreadsheet and writes valid XML parts', async () => {
    assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnName), ['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
    const s = xlsxStream('a', [{ header: 'x' }])
    const file = collect(s.readable)
    await s.addRow(['<&>'])
    await s.finish()
    const parts = unzipSync(new Uint8Array(await file))
    assert.deepEqual(Object.keys(parts), ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'])
    assert.ok(strFromU8(parts['xl/worksheets/sheet1.xml']!).includes('<t xml:space="preserve">&lt;&amp;&gt;</t>'))
  })

  it('streams many rows and waits for a slow reader', async () => {
    const s = xlsxStream('大表', [{ header: '编号' }, { header: '标题' }, { header: '数值' }])
    let waited = 0
    const rows = 60_000
    // Nobody reads yet: the writer must stop accepting rows once its buffer is full.
    for (let i = 1; i <= rows; i++) {
      const p = s.addRow([`NO${i}`, `第 ${i} 件：工资拖欠 & 加班`, i])
      if (i < rows / 2) {
        const settled = await Promise.race([p.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 0))])
        if (!settled) {
          waited = i
          break
        }
      }
    }
    assert.ok(waited > 0, 'addRow waits when the reader does not read')
    const file = collect(s.readable)
    for (let i = waited + 1; i <= rows; i++) await s.addRow([`NO${i}`, `第 ${i} 件：工资拖欠 & 加班`, i])
    await s.finish()
    const ws = await open(await file)
    assert.equal(ws.rowCount, rows + 1)
    assert.deepEqual(values(ws, rows + 1), [`NO${rows}`, `第 ${rows} 件：工资拖欠 & 加班`, rows])
    assert.deepEqual(values(ws, 12_346), ['NO12345', '第 12345 件：工资拖欠 & 加班', 12_345])
  })

  it('abort fails the stream, and a reader going away stops the writer', async () => {
    const s = xlsxStream('x', [{ header: 'a' }])
    const failed = collect(s.readable)
    await s.addRow(['1'])
    s.abort(new Error('database went away'))
    await assert.rejects(failed, /database went away/)
    await assert.rejects(s.addRow(['2']), /database went away/)

    const t = xlsxStream('x', [{ header: 'a' }])
    let pending: Promise<void> = Promise.resolve()
    for (let i = 0; i < 100_000; i++) {
      pending = t.addRow([`row ${i} ${'x'.repeat(50)}`])
      const settled = await Promise.race([pending.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 0))])
      if (!settled) break
    }
    t.readable.destroy()
    await assert.rejects(pending, /closed before the file was complete/)
  })
})
