// Filing a 法律援助 request: the separate consent, evidence (photos and PDF, type from the bytes),
// idempotent submission, and who may see the case afterwards.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { TicketDetail } from '../../types/api'
import type { LegalStation } from '../../types/api-legal-aid'
import type { ApiErrorBody } from '../../types/errors'
import { createTestContext, type TestContext } from './context'
import { grievance, multipart, PNG_1PX } from './fixtures'
import { act, fileRequest, legalAidInput, MONDAY_MORNING, PDF_BYTES, uploadFile } from './legal-aid-fixtures'

describe('法律援助 requests', () => {
  let ctx: TestContext
  let worker: string
  let station: string
  before(async () => {
    ctx = await createTestContext()
    ctx.clock.set(MONDAY_MORNING)
    worker = await ctx.login('worker')
    station = ctx.seed.stationId!
  })
  after(() => ctx.close())

  const fields = (r: { json(): unknown }) => (r.json() as ApiErrorBody).error.fields ?? {}
  const submit = (payload: object, token = worker) => ctx.request(token, { method: 'POST', url: '/api/legal-aid/requests', payload })

  it('refuses a request without the separate consent to the current text', async () => {
    const before = await ctx.db.query('SELECT count(*)::int AS n FROM legal_cases')
    const { consentVersion: _omit, ...noConsent } = legalAidInput(station)
    let r = await submit(noConsent)
    assert.equal(r.statusCode, 400)
    assert.equal(fields(r).consentVersion, '请阅读并同意法律援助个人信息处理规则')
    r = await submit(legalAidInput(station, { consentVersion: 'legal-aid-2020-01' as never }))
    assert.equal(fields(r).consentVersion, '请阅读并同意法律援助个人信息处理规则')
    const after = await ctx.db.query('SELECT count(*)::int AS n FROM legal_cases')
    assert.deepEqual(after.rows, before.rows)
  })

  it('checks every field with a Chinese message', async () => {
    const r = await submit(
      legalAidInput(station, { caseType: 'fraud' as never, description: '没发工资', employer: '', amountInDispute: 10.005, since: '2026-13', contactPhone: '123', hardship: true })
    )
    assert.equal(r.statusCode, 400)
    assert.deepEqual(fields(r), {
      caseType: '请选择案件类型',
      description: '事情经过至少 20 个字',
      employer: '用人单位名称至少 2 个字',
      amountInDispute: '涉及金额最多保留两位小数',
      since: '请选择开始时间（年月）',
      contactPhone: '请填写正确的手机号或座机号（如 0574-65512345）',
      hardshipNote: '请简要说明经济困难情况（如低保、困难职工证、停工无收入）'
    })
    const s = await submit(legalAidInput('00000000-0000-4000-8000-000000000000'))
    assert.equal(fields(s).stationId, '所选法律援助站不存在，请重新选择')
  })

  it('stores the case with its consent and evidence, once per clientRequestId', async () => {
    const pdf = await uploadFile(ctx, worker, '欠条.pdf', 'application/pdf', PDF_BYTES)
    assert.equal(pdf.mime, 'application/pdf')
    const photo = await uploadFile(ctx, worker, 'a.png', 'image/png', PNG_1PX)
    const input = legalAidInput(station, { evidenceIds: [pdf.id, photo.id], hardship: true, hardshipNote: '停发工资后家里没有收入' })
    const first = await submit(input)
    assert.equal(first.statusCode, 201)
    const again = await submit(input)
    assert.equal(again.statusCode, 200)
    const t = first.json() as TicketDetail
    assert.equal((again.json() as TicketDetail).id, t.id)
    assert.equal(t.kind, 'legal_aid')
    assert.match(t.number, /^FY\d{8}-\d{6}$/)
    assert.equal(t.title, '欠薪法律援助申请')
    assert.equal(t.currentUnion.id, ctx.seed.unions.nh)
    assert.deepEqual(t.attachments.map((a) => a.mime).sort(), ['application/pdf', 'image/png'])
    assert.equal(t.legalCase?.amountInDispute, 15600)
    assert.equal(t.legalCase?.stage, 'consultation')
    assert.equal(t.legalCase?.hardshipNote, '停发工资后家里没有收入')
    const { rows } = await ctx.db.query('SELECT consent_version, consent_at, amount_in_dispute_fen FROM legal_cases WHERE ticket_id = $1', [t.id])
    assert.equal(rows[0].consent_version, 'legal-aid-2026-11')
    assert.equal(new Date(rows[0].consent_at).toISOString(), new Date(MONDAY_MORNING).toISOString())
    assert.equal(rows[0].amount_in_dispute_fen, 1_560_000)
    const n = await ctx.db.query('SELECT count(*)::int AS n FROM tickets WHERE requester_id = $1 AND client_request_id = $2', [ctx.seed.users.worker, input.clientRequestId])
    assert.equal(n.rows[0].n, 1)
  })

  it('takes PDF evidence only where it belongs: not as a 职工说事 photo, not disguised as one', async () => {
    const pdf = await uploadFile(ctx, worker, 'x.pdf', 'application/pdf', PDF_BYTES)
    const g = await ctx.request(worker, { method: 'POST', url: '/api/grievances', payload: grievance(ctx.seed.unions.yl!, { attachmentIds: [pdf.id] }) })
    assert.equal(g.statusCode, 400)
    assert.ok(fields(g).attachmentIds)
    // A PDF named .png is still a PDF; a text file named .pdf is refused.
    const renamed = await uploadFile(ctx, worker, 'photo.png', 'image/png', PDF_BYTES)
    assert.equal(renamed.mime, 'application/pdf')
    const fake = await ctx.request(worker, { method: 'POST', url: '/api/uploads', ...multipart('a.pdf', 'application/pdf', Buffer.from('hello, not a pdf')) })
    assert.equal(fake.statusCode, 415)
    // Somebody else's upload cannot be claimed as evidence.
    const parent = await ctx.login('parent')
    const theirs = await uploadFile(ctx, parent, 'p.pdf', 'application/pdf', PDF_BYTES)
    const r = await submit(legalAidInput(station, { evidenceIds: [theirs.id] }))
    assert.equal(fields(r).evidenceIds, '有证据文件已失效或不属于您，请删除后重新上传')
    const tooMany = await submit(legalAidInput(station, { evidenceIds: Array.from({ length: 10 }, () => pdf.id) }))
    assert.equal(fields(tooMany).evidenceIds, '证据材料最多 9 个文件')
  })

  it('shows the case only to the worker, the station’s lawyers and the handling union', async () => {
    const pdf = await uploadFile(ctx, worker, 'e.pdf', 'application/pdf', PDF_BYTES)
    const t = await fileRequest(ctx, worker, station, { evidenceIds: [pdf.id] })
    // A second lawyer at the same station, and a lawyer of another station.
    const { rows } = await ctx.db.query<{ id: string }>(
      `INSERT INTO users (demo_account, display_name, is_lawyer) VALUES ('lawyer-b', '钱律师', true), ('lawyer-c', '李律师', true) RETURNING id`
    )
    await ctx.db.query('INSERT INTO station_lawyers (station_id, user_id) VALUES ($1, $2)', [station, rows[0]!.id])
    const other = await ctx.db.query<{ id: string }>(`INSERT INTO legal_stations (union_id, name) VALUES ($1, '跃龙街道法律援助工作站') RETURNING id`, [ctx.seed.unions.yl])
    await ctx.db.query('INSERT INTO station_lawyers (station_id, user_id) VALUES ($1, $2)', [other.rows[0]!.id, rows[1]!.id])

    const view = async (account: string) => ctx.request(await ctx.login(account), { method: 'GET', url: `/api/tickets/${t.id}` })
    const file = async (account: string) => ctx.request(await ctx.login(account), { method: 'GET', url: `/api/files/${pdf.id}` })
    for (const account of ['worker', 'lawyer', 'lawyer-b', 'cadre-county']) {
      assert.equal((await view(account)).statusCode, 200, account)
      assert.equal((await file(account)).statusCode, 200, account)
    }
    for (const account of ['cadre-city', 'cadre-township', 'cadre-enterprise', 'parent', 'lawyer-c']) {
      assert.equal((await view(account)).statusCode, 404, account)
      assert.equal((await file(account)).statusCode, 404, account)
    }
    // Unions above the station do not list it either; the station's own union does.
    const inbox = async (account: string) =>
      ((await ctx.request(await ctx.login(account), { method: 'GET', url: '/api/workbench/tickets?status=all' })).json() as { items: { id: string }[] }).items.map((i) => i.id)
    assert.ok((await inbox('cadre-county')).includes(t.id))
    assert.ok(!(await inbox('cadre-city')).includes(t.id))

    // The unassigned station lawyer may read and leave internal notes, nothing more.
    const b = (await view('lawyer-b')).json() as TicketDetail
    assert.deepEqual(b.allowedActions, ['note'])
    const note = await act(ctx, await ctx.login('lawyer-b'), t.id, 'note', { body: '类似案件可先申请劳动监察' })
    assert.equal(note.statusCode, 200)
    const w = (await view('worker')).json() as TicketDetail
    assert.ok(!w.events.some((e) => e.action === 'note'), 'the worker does not see internal notes')
  })

  it('lists stations nearest first and suggests one', async () => {
    const far = await ctx.db.query<{ id: string }>(
      `INSERT INTO legal_stations (union_id, name, lat, lng) VALUES ($1, '西湖区职工法律援助站', 30.259, 120.13) RETURNING id`,
      [ctx.seed.unions.xh]
    )
    // Standing in Hangzhou's 西湖区: that station first, with its distance.
    let r = await ctx.request(worker, { method: 'GET', url: '/api/legal-aid/stations?lat=30.26&lng=120.13' })
    let list = r.json() as LegalStation[]
    assert.equal(list[0]!.id, far.rows[0]!.id)
    assert.ok(list[0]!.suggested)
    assert.ok(list[0]!.distanceKm !== null && list[0]!.distanceKm < 1)
    // Without a location: the station nearest above the worker's employer (宁海顺达 → 跃龙街道,
    // whose station an earlier test opened, before 宁海县's) is suggested.
    r = await ctx.request(worker, { method: 'GET', url: '/api/legal-aid/stations' })
    list = r.json() as LegalStation[]
    assert.equal(list.find((s) => s.suggested)?.union.id, ctx.seed.unions.yl)
    assert.ok(list.some((s) => s.id === station))
    r = await ctx.request(worker, { method: 'GET', url: '/api/legal-aid/stations?lat=abc&lng=1' })
    assert.equal(r.statusCode, 400)
  })
})
