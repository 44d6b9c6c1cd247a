import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import type { UploadResponse } from '../../types/api'
import { LEGAL_CONSENT_TEXT, LEGAL_CONSENT_VERSION, MAX_EVIDENCE_BYTES } from '../../types/legal-aid'
import LegalAidNewPage from '../../src/packages/legal-aid/new/index'
import IndexPage from '../../src/pages/index/index'
import * as auth from '../../src/services/auth'
import * as notifications from '../../src/services/notifications'
import * as legalAid from '../../src/services/legal-aid'
import { ApiError } from '../../src/services/request'
import * as subscribe from '../../src/services/subscribe'
import * as uploads from '../../src/services/uploads'
import { user } from './fixtures'
import { EVIDENCE_IDS, legalTicket, LEGAL_TICKET_ID, STATION_ID, STATION_ID_2, station, stations } from './legal-aid-fixtures'
import { $, $$, must, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/legal-aid') // every export becomes a jest.fn
jest.mock('../../src/services/uploads', () => ({ uploadFile: jest.fn(), uploadPhoto: jest.fn(), openPdf: jest.fn() }))
jest.mock('../../src/services/subscribe')
jest.mock('../../src/services/auth') // the home page refreshes the current user
jest.mock('../../src/services/notifications') // and the unread count

const fetchStations = jest.mocked(legalAid.fetchStations)
const locateWorker = jest.mocked(legalAid.locateWorker)
const submitLegalAid = jest.mocked(legalAid.submitLegalAid)
const uploadFile = jest.mocked(uploads.uploadFile)
const askForProgressMessages = jest.mocked(subscribe.askForProgressMessages)

const DRAFT_KEY = 'nj.draft.legal-aid.v1'
const DESCRIPTION = '我在顺达快递做快递员，公司从九月起拖欠工资，三个月共八千元，老板一直说没钱发。'
const PHONE_ERROR = '请填写正确的手机号或座机号（如 0574-65512345）'
const CONSENT_ERROR = '请阅读并同意法律援助个人信息处理规则'
const HARDSHIP_ERROR = '请简要说明经济困难情况（如低保、困难职工证、停工无收入）'
const HERE = { lat: 29.2899, lng: 121.4322 }

let utils: TestUtils | undefined
let blobs = 0

beforeAll(() => {
  // jsdom has no object URLs; the H5 picker makes one for each accepted file.
  Object.assign(URL, { createObjectURL: jest.fn(() => `blob:evidence-${++blobs}`), revokeObjectURL: jest.fn() })
})

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  submitLegalAid.mockReset()
  uploadFile.mockReset()
  locateWorker.mockResolvedValue(HERE)
  fetchStations.mockResolvedValue(stations())
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

function storedDraft(): Record<string, unknown> | undefined {
  const raw: unknown = Taro.getStorageSync(DRAFT_KEY)
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : undefined
}

/** A File the size the test says (the bytes themselves never matter on the client). */
function file(name: string, size: number, type: string): File {
  const f = new File(['x'], name, { type })
  Object.defineProperty(f, 'size', { value: size })
  return f
}

const uploaded = (id: string, mime = 'application/pdf', size = 2048): UploadResponse => ({ id, mime, size, url: `/api/files/${id}?exp=1&sig=s` })

async function open(): Promise<TestUtils> {
  const u = await mountPage(LegalAidNewPage)
  await waitFor(u, `#station-${STATION_ID}`)
  await settle(u) // the suggested station is preselected once the list is in
  return u
}

/** Tap 添加 and answer the browser's file dialog (the hidden <input type="file">) with `files`. */
async function pickFiles(u: TestUtils, files: File[]): Promise<void> {
  await tap(u, '.la-evidence-add-file')
  const input = must('input.evidence-file-input') as HTMLInputElement
  expect(input.type).toBe('file')
  expect(input.accept).toBe('image/*,application/pdf')
  expect(input.multiple).toBe(true)
  Object.defineProperty(input, 'files', { value: files })
  await u.act(async () => {
    input.dispatchEvent(new Event('change'))
  })
  await settle(u)
}

async function chooseMonth(u: TestUtils, value: string): Promise<void> {
  const picker = await waitFor(u, '.field-since taro-picker-core')
  await u.act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
  await settle(u)
}

async function fillValid(u: TestUtils): Promise<void> {
  await tap(u, '#case-type-wage_arrears')
  await typeInto(u, '.field-description textarea', DESCRIPTION)
  await typeInto(u, '.field-employer input', '宁海顺达快递有限公司')
  await typeInto(u, '.field-amount input', '8000.5')
  await chooseMonth(u, '2026-09')
  await tap(u, '#help-arbitration')
  await typeInto(u, '.field-phone input', '13805740001')
}

const errorOf = (field: string) => $(`.field-${field} .field-error`)?.textContent ?? null

describe('法律援助 form: stations', () => {
  test('asks with the location when allowed, preselects the suggested station and shows distances', async () => {
    utils = await open()
    expect(locateWorker).toHaveBeenCalledTimes(1)
    expect(fetchStations).toHaveBeenCalledWith(HERE)
    expect($$('.la-station .la-station-name').map((n) => n.textContent)).toEqual(['跃龙街道职工法律援助站', '宁海县总工会法律援助站'])
    // The suggested one is chosen for the worker, and marked.
    expect($(`#station-${STATION_ID}`)?.getAttribute('aria-checked')).toBe('true')
    expect($(`#station-${STATION_ID_2}`)?.getAttribute('aria-checked')).toBe('false')
    expect(text(`#station-${STATION_ID} .la-station-suggested`)).toBe('推荐')
    expect(text(`#station-${STATION_ID} .la-station-distance`)).toBe('距您约 1.2 公里')
    expect(text(`#station-${STATION_ID_2} .la-station-distance`)).toBe('距您约 350 米')

    await tap(utils, `#station-${STATION_ID_2}`)
    expect($(`#station-${STATION_ID_2}`)?.getAttribute('aria-checked')).toBe('true')
    expect($(`#station-${STATION_ID}`)?.getAttribute('aria-checked')).toBe('false')
    expect(storedDraft()?.stationId).toBe(STATION_ID_2)
  })

  test('without a location the list is asked for without one and shows no distance', async () => {
    locateWorker.mockResolvedValue(null)
    fetchStations.mockResolvedValue(stations().map((s) => ({ ...s, distanceKm: null })))
    utils = await open()
    expect(fetchStations).toHaveBeenCalledWith(null)
    expect($('.la-station-distance')).toBeNull()
    expect($(`#station-${STATION_ID}`)?.getAttribute('aria-checked')).toBe('true')
  })

  test('a failed station list offers a retry; an empty one says where to call; no suggestion means no preselection', async () => {
    fetchStations.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(LegalAidNewPage)
    await waitFor(utils, '.field-station .state-error')
    expect(text('.field-station .state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchStations.mockResolvedValueOnce([station({ suggested: false }), station({ id: STATION_ID_2, suggested: false })])
    await tap(utils, '.field-station .retry-btn')
    await waitFor(utils, `#station-${STATION_ID}`)
    expect(fetchStations).toHaveBeenCalledTimes(2)
    expect($$('.la-station[aria-checked="true"]')).toHaveLength(0)
    await tap(utils, '.la-submit-btn')
    expect(errorOf('station')).toBe('请选择法律援助站')
    utils.unmout()
    document.body.innerHTML = ''

    fetchStations.mockResolvedValueOnce([])
    utils = await mountPage(LegalAidNewPage)
    await waitFor(utils, '.field-station .state-empty')
    expect(text('.field-station .state-empty')).toBe('暂时没有开放的法律援助站，可拨打职工服务热线 12351 咨询')
  })
})

describe('法律援助 form: validation', () => {
  test('an empty form shows a Chinese message under every required field and sends nothing', async () => {
    utils = await open()
    await tap(utils, '.la-submit-btn')
    expect(errorOf('caseType')).toBe('请选择案件类型')
    expect(errorOf('description')).toBe('事情经过至少 20 个字')
    expect(errorOf('employer')).toBe('用人单位名称至少 2 个字')
    expect(errorOf('since')).toBe('请选择开始时间')
    expect(errorOf('helpWanted')).toBe('请选择需要的帮助')
    expect(errorOf('phone')).toBe(PHONE_ERROR)
    expect(errorOf('consent')).toBe(CONSENT_ERROR)
    // The preselected station and the optional fields stay quiet.
    expect(errorOf('station')).toBeNull()
    expect(errorOf('amount')).toBeNull()
    expect(errorOf('evidence')).toBeNull()
    expect(submitLegalAid).not.toHaveBeenCalled()
    expect(askForProgressMessages).not.toHaveBeenCalled()

    // Fixing a field clears its message.
    await tap(utils, '#case-type-work_injury')
    expect(errorOf('caseType')).toBeNull()
    expect($('#case-type-work_injury')?.getAttribute('aria-checked')).toBe('true')
  })

  test('a short description, a bad phone, hardship without a note and an amount with 3 decimals are refused', async () => {
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.la-consent-checkbox')
    await typeInto(utils, '.field-description textarea', '三个月没发工资了')
    await typeInto(utils, '.field-phone input', '12345')
    await typeInto(utils, '.field-amount input', '8000.125')
    // 经济困难 on: its note appears and becomes required.
    expect($('.field-hardshipNote')).toBeNull()
    const hardship = await waitFor(utils, '.la-hardship-switch input')
    await utils.act(async () => {
      utils?.fireEvent.click(hardship)
    })
    await settle(utils)
    await waitFor(utils, '.field-hardshipNote textarea')
    expect(text('.field-hardship .field-hint')).toContain('免费代理（调解、仲裁、诉讼）以经济困难为条件')

    await tap(utils, '.la-submit-btn')
    expect(errorOf('description')).toBe('事情经过至少 20 个字')
    expect(errorOf('phone')).toBe(PHONE_ERROR)
    expect(errorOf('amount')).toBe('涉及金额最多保留两位小数')
    expect(errorOf('hardshipNote')).toBe(HARDSHIP_ERROR)
    expect(errorOf('caseType')).toBeNull()
    expect(errorOf('consent')).toBeNull()
    expect(submitLegalAid).not.toHaveBeenCalled()

    // Each fixed in turn; the last fix lets the request go.
    await typeInto(utils, '.field-description textarea', DESCRIPTION)
    await typeInto(utils, '.field-phone input', '13805740001')
    await typeInto(utils, '.field-amount input', '8000.12')
    await tap(utils, '.la-submit-btn')
    expect(errorOf('hardshipNote')).toBe(HARDSHIP_ERROR)
    expect(errorOf('amount')).toBeNull()
    expect(submitLegalAid).not.toHaveBeenCalled()

    submitLegalAid.mockResolvedValueOnce(legalTicket())
    await typeInto(utils, '.field-hardshipNote textarea', '停工两个月没有收入')
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid).toHaveBeenCalledTimes(1)
    const sent = submitLegalAid.mock.calls[0][0]
    expect(sent.hardship).toBe(true)
    expect(sent.hardshipNote).toBe('停工两个月没有收入')
    expect(sent.amountInDispute).toBe(8000.12)
  })

  test('consent is a separate, explicit tick: without it nothing is sent', async () => {
    utils = await open()
    expect(text('.field-consent .la-consent-text')).toBe(LEGAL_CONSENT_TEXT)
    expect($('.la-consent-checkbox')?.getAttribute('data-checked')).toBe('false')
    await fillValid(utils)
    await tap(utils, '.la-submit-btn')
    expect(errorOf('consent')).toBe(CONSENT_ERROR)
    // Everything else is fine: the consent is the only thing missing.
    expect($$('.legal-aid-new .field-error')).toHaveLength(1)
    expect(submitLegalAid).not.toHaveBeenCalled()

    await tap(utils, '.la-consent-checkbox')
    expect($('.la-consent-checkbox')?.getAttribute('data-checked')).toBe('true')
    expect(errorOf('consent')).toBeNull()
    // Ticked and unticked again: still refused.
    await tap(utils, '.la-consent-checkbox')
    await tap(utils, '.la-submit-btn')
    expect(errorOf('consent')).toBe(CONSENT_ERROR)
    expect(submitLegalAid).not.toHaveBeenCalled()

    submitLegalAid.mockResolvedValueOnce(legalTicket())
    await tap(utils, '.la-consent-checkbox')
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid).toHaveBeenCalledTimes(1)
    expect(submitLegalAid.mock.calls[0][0].consentVersion).toBe(LEGAL_CONSENT_VERSION)
  })

  test("the server's field errors land under the matching fields", async () => {
    uploadFile.mockResolvedValueOnce(uploaded(EVIDENCE_IDS[0]))
    utils = await open()
    await fillValid(utils)
    await pickFiles(utils, [file('劳动合同.pdf', 300_000, 'application/pdf')])
    await waitFor(utils, '.la-evidence-item[data-status="done"]')
    await tap(utils, '.la-consent-checkbox')
    submitLegalAid.mockRejectedValueOnce(
      new ApiError('VALIDATION_FAILED', '请检查填写的内容', 400, { stationId: '法律援助站不存在', 'evidenceIds.0': '证据文件不存在或已被使用' })
    )
    await tap(utils, '.la-submit-btn')
    await waitUntil(utils, () => errorOf('station') !== null, 'the station error')
    expect(errorOf('station')).toBe('法律援助站不存在')
    expect(errorOf('evidence')).toBe('证据文件不存在或已被使用')
    expect(text('.la-submit-btn')).toBe('提交申请')
    expect(storedDraft()?.description).toBe(DESCRIPTION)
  })
})

describe('法律援助 form: evidence', () => {
  test('photos and PDFs upload with progress; a failed one shows its error and can be retried', async () => {
    let finishPdf: (r: UploadResponse) => void = () => undefined
    uploadFile
      .mockImplementationOnce((_path, options) => {
        options?.onProgress?.(40)
        return new Promise((resolve) => (finishPdf = resolve))
      })
      .mockRejectedValueOnce(new ApiError('UNSUPPORTED_FILE_TYPE', '只支持 JPG、PNG、WebP 格式的照片和 PDF 文件', 415))
    utils = await open()
    await pickFiles(utils, [file('工资条.pdf', 2 * 1024 * 1024, 'application/pdf'), file('考勤.jpg', 800_000, 'image/jpeg')])

    const rows = $$('.la-evidence-item')
    expect(rows).toHaveLength(2)
    expect(uploadFile).toHaveBeenCalledTimes(2)
    expect(uploadFile.mock.calls[0][1]).toEqual(expect.objectContaining({ fileName: '工资条.pdf' }))
    expect(rows[0].getAttribute('data-kind')).toBe('pdf')
    expect(rows[0].querySelector('.la-evidence-name')?.textContent).toBe('工资条.pdf')
    expect(rows[0].querySelector('.la-evidence-status')?.textContent).toBe('上传中 40%')
    expect(rows[1].getAttribute('data-status')).toBe('failed')
    expect(rows[1].querySelector('.la-evidence-error')?.textContent).toBe('只支持 JPG、PNG、WebP 格式的照片和 PDF 文件')
    expect(text('.la-evidence-count')).toBe('已添加 2/9 个，每个不超过 10 MB')

    // Sending now is refused: one is still on its way.
    await fillValid(utils)
    await tap(utils, '.la-consent-checkbox')
    await tap(utils, '.la-submit-btn')
    expect(errorOf('evidence')).toBe('还有文件正在上传，请稍候再提交')
    expect(submitLegalAid).not.toHaveBeenCalled()

    await utils.act(async () => finishPdf(uploaded(EVIDENCE_IDS[0], 'application/pdf', 2 * 1024 * 1024)))
    await settle(utils)
    expect($$('.la-evidence-item')[0].getAttribute('data-status')).toBe('done')
    await tap(utils, '.la-submit-btn')
    expect(errorOf('evidence')).toBe('有文件上传失败，请点击重试或删除后再提交')
    expect(submitLegalAid).not.toHaveBeenCalled()

    uploadFile.mockResolvedValueOnce(uploaded(EVIDENCE_IDS[1], 'image/jpeg', 800_000))
    await tap(utils, '.la-evidence-item--failed .la-evidence-retry')
    expect(uploadFile).toHaveBeenCalledTimes(3)
    expect(uploadFile.mock.calls[2][0]).toBe(uploadFile.mock.calls[1][0])
    await waitUntil(utils, () => $$('.la-evidence-item[data-status="done"]').length === 2, 'both uploads')

    submitLegalAid.mockResolvedValueOnce(legalTicket())
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid.mock.calls[0][0].evidenceIds).toEqual([EVIDENCE_IDS[0], EVIDENCE_IDS[1]])
  })

  test('a 10th file is refused, before anything is uploaded', async () => {
    uploadFile.mockImplementation(() => new Promise(() => undefined))
    utils = await open()
    const ten = Array.from({ length: 10 }, (_, i) => file(`照片${i + 1}.jpg`, 500_000, 'image/jpeg'))
    await pickFiles(utils, ten)
    expect($$('.la-evidence-item')).toHaveLength(9)
    expect(uploadFile).toHaveBeenCalledTimes(9)
    expect($$('.la-evidence-refusal').map((r) => r.textContent)).toEqual(['证据材料最多 9 个文件，另外 1 个没有添加'])

    // Full: the add button says so and no file dialog opens.
    await tap(utils, '.la-evidence-add-file')
    expect($('input.evidence-file-input')).toBeNull()
    expect($$('.la-evidence-refusal').map((r) => r.textContent)).toEqual(['证据材料最多 9 个文件，请先删除不需要的再添加'])
    expect(uploadFile).toHaveBeenCalledTimes(9)

    // Deleting one makes room for one more.
    await tap(utils, '.la-evidence-item .la-evidence-remove')
    expect($$('.la-evidence-item')).toHaveLength(8)
    expect($('.la-evidence-refusal')).toBeNull()
    await pickFiles(utils, [file('补充.pdf', 1000, 'application/pdf'), file('再一个.pdf', 1000, 'application/pdf')])
    expect($$('.la-evidence-item')).toHaveLength(9)
    expect(text('.la-evidence-refusal')).toBe('证据材料最多 9 个文件，另外 1 个没有添加')
    expect(uploadFile).toHaveBeenCalledTimes(10)
  })

  test('a file over 10 MB and a file that is neither photo nor PDF are refused with Chinese messages', async () => {
    uploadFile.mockResolvedValue(uploaded(EVIDENCE_IDS[2]))
    utils = await open()
    await pickFiles(utils, [
      file('仲裁申请书扫描件.pdf', MAX_EVIDENCE_BYTES + 1, 'application/pdf'),
      file('工资表.docx', 20_000, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      file('现场.heic', 900_000, 'image/heic'),
      file('刚好十兆.pdf', MAX_EVIDENCE_BYTES, 'application/pdf')
    ])
    expect($$('.la-evidence-refusal').map((r) => r.textContent)).toEqual([
      '“仲裁申请书扫描件.pdf”超过 10 MB，无法上传，请压缩或拆分后再试',
      '“工资表.docx”不是照片或 PDF，只能上传 JPG、PNG、WebP 照片或 PDF 文件',
      '“现场.heic”不是照片或 PDF，只能上传 JPG、PNG、WebP 照片或 PDF 文件'
    ])
    // Only the acceptable one went out.
    expect(uploadFile).toHaveBeenCalledTimes(1)
    expect(uploadFile.mock.calls[0][1]).toEqual(expect.objectContaining({ fileName: '刚好十兆.pdf' }))
    await waitFor(utils, '.la-evidence-item[data-status="done"]')
    expect($$('.la-evidence-item')).toHaveLength(1)
  })
})

describe('法律援助 form: submit and draft', () => {
  test('a valid request is sent once with the right body, even on double taps and a retry', async () => {
    uploadFile.mockResolvedValueOnce(uploaded(EVIDENCE_IDS[0], 'application/pdf')).mockResolvedValueOnce(uploaded(EVIDENCE_IDS[1], 'image/png'))
    utils = await open()
    await fillValid(utils)
    await pickFiles(utils, [file('劳动合同.pdf', 300_000, 'application/pdf'), file('聊天记录.png', 400_000, 'image/png')])
    await waitUntil(utils, () => $$('.la-evidence-item[data-status="done"]').length === 2, 'the uploads')
    await tap(utils, '.la-consent-checkbox')

    // First attempt: the answer is lost.
    let lose: (err: ApiError) => void = () => undefined
    submitLegalAid.mockImplementationOnce(() => new Promise((_resolve, reject) => (lose = reject)))
    const button = must('.la-submit-btn')
    // Two taps in the same frame, then another while the request is on its way.
    await utils.act(async () => {
      utils?.fireEvent.click(button)
      utils?.fireEvent.click(button)
    })
    await settle(utils)
    expect(text('.la-submit-btn')).toBe('提交中…')
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid).toHaveBeenCalledTimes(1)
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)

    const first = submitLegalAid.mock.calls[0][0]
    expect(first).toEqual({
      clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      stationId: STATION_ID,
      caseType: 'wage_arrears',
      description: DESCRIPTION,
      employer: '宁海顺达快递有限公司',
      amountInDispute: 8000.5,
      since: '2026-09',
      helpWanted: 'arbitration',
      contactPhone: '13805740001',
      hardship: false,
      hardshipNote: '',
      evidenceIds: [EVIDENCE_IDS[0], EVIDENCE_IDS[1]],
      consentVersion: LEGAL_CONSENT_VERSION
    })
    expect(storedDraft()?.clientRequestId).toBe(first.clientRequestId)

    await utils.act(async () => lose(new ApiError('NETWORK', '网络不给力，请稍后重试')))
    await waitFor(utils, '.la-submit-notice')
    expect(text('.la-submit-notice')).toContain('网络不给力，请稍后重试')
    expect(text('.la-submit-btn')).toBe('提交申请')

    // The retry is the same request: same key, same body.
    let finish: (t: ReturnType<typeof legalTicket>) => void = () => undefined
    submitLegalAid.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    await tap(utils, '.la-submit-btn')
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid).toHaveBeenCalledTimes(2)
    expect(submitLegalAid.mock.calls[1][0]).toEqual(first)
    // Asked about progress messages once for this draft.
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)

    await utils.act(async () => finish(legalTicket()))
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index'), 'the ticket page')
    expect(window.location.hash).toContain(`id=${LEGAL_TICKET_ID}`)
    expect(storedDraft()).toBeUndefined()
    // Nothing more goes out after the ticket exists.
    expect(submitLegalAid).toHaveBeenCalledTimes(2)
  })

  test('the draft (fields, uploaded evidence, consent and key) is restored when the form is opened again', async () => {
    uploadFile.mockResolvedValueOnce(uploaded(EVIDENCE_IDS[0], 'application/pdf', 300_000))
    utils = await open()
    await fillValid(utils)
    await tap(utils, `#station-${STATION_ID_2}`)
    await pickFiles(utils, [file('劳动合同.pdf', 300_000, 'application/pdf')])
    await waitFor(utils, '.la-evidence-item[data-status="done"]')
    const hardship = await waitFor(utils, '.la-hardship-switch input')
    await utils.act(async () => {
      utils?.fireEvent.click(hardship)
    })
    await settle(utils)
    await typeInto(utils, '.field-hardshipNote textarea', '持困难职工证')
    await tap(utils, '.la-consent-checkbox')
    const key = storedDraft()?.clientRequestId
    expect(typeof key).toBe('string')
    utils.unmout()
    document.body.innerHTML = ''

    utils = await open()
    expect(text('.la-intro')).toContain('已为您恢复上次未提交的内容')
    expect(($('.field-description textarea') as HTMLTextAreaElement).value).toBe(DESCRIPTION)
    expect(($('.field-employer input') as HTMLInputElement).value).toBe('宁海顺达快递有限公司')
    expect(($('.field-amount input') as HTMLInputElement).value).toBe('8000.5')
    expect(text('.la-since-value')).toBe('2026年9月›')
    expect($('#case-type-wage_arrears')?.getAttribute('aria-checked')).toBe('true')
    expect($('#help-arbitration')?.getAttribute('aria-checked')).toBe('true')
    // The station chosen, not the suggested one.
    expect($(`#station-${STATION_ID_2}`)?.getAttribute('aria-checked')).toBe('true')
    expect(($('.field-hardshipNote textarea') as HTMLTextAreaElement).value).toBe('持困难职工证')
    expect($$('.la-evidence-item')).toHaveLength(1)
    expect(text('.la-evidence-name')).toBe('劳动合同.pdf')
    expect($('.la-consent-checkbox')?.getAttribute('data-checked')).toBe('true')

    submitLegalAid.mockResolvedValueOnce(legalTicket())
    await tap(utils, '.la-submit-btn')
    expect(submitLegalAid).toHaveBeenCalledTimes(1)
    const sent = submitLegalAid.mock.calls[0][0]
    expect(sent.clientRequestId).toBe(key)
    expect(sent.stationId).toBe(STATION_ID_2)
    expect(sent.evidenceIds).toEqual([EVIDENCE_IDS[0]])
    expect(sent.hardship).toBe(true)
    expect(sent.consentVersion).toBe(LEGAL_CONSENT_VERSION)
    expect(uploadFile).toHaveBeenCalledTimes(1)
  })

  test('a consent given to an older text is not carried over from the draft', async () => {
    Taro.setStorageSync(DRAFT_KEY, { clientRequestId: 'old-draft-key-1', description: DESCRIPTION, consentVersion: 'legal-aid-2020-01' })
    utils = await open()
    expect(($('.field-description textarea') as HTMLTextAreaElement).value).toBe(DESCRIPTION)
    expect($('.la-consent-checkbox')?.getAttribute('data-checked')).toBe('false')
  })
})

describe('法律援助 services', () => {
  const real = jest.requireActual<typeof legalAid>('../../src/services/legal-aid')

  test('fetchStations sends lat/lng only when located', async () => {
    const request = jest.spyOn(Taro, 'request').mockResolvedValue({ statusCode: 200, data: [], header: {}, cookies: [], errMsg: 'request:ok' })
    await real.fetchStations(HERE)
    await real.fetchStations(null)
    expect(request.mock.calls[0][0].url).toBe('/api/legal-aid/stations?lat=29.2899&lng=121.4322')
    expect(request.mock.calls[1][0].url).toBe('/api/legal-aid/stations')
  })

  test("locateWorker works with the browser's own geolocation (what H5 really calls)", async () => {
    const getCurrentPosition = jest.fn((ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      void fail
      ok({ coords: { latitude: 29.2899, longitude: 121.4322, accuracy: 30, altitude: null, altitudeAccuracy: null, heading: null, speed: null } } as GeolocationPosition)
    })
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true })
    try {
      expect(await real.locateWorker()).toEqual(HERE)
      expect(getCurrentPosition).toHaveBeenCalledTimes(1)

      // Refused: the list is then asked for without a location.
      getCurrentPosition.mockImplementationOnce((_ok, fail) => fail?.({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError))
      expect(await real.locateWorker()).toBeNull()
    } finally {
      Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true })
    }
  })

  test('locateWorker gives the point when allowed and null when refused', async () => {
    const getLocation = jest.spyOn(Taro, 'getLocation')
    getLocation.mockResolvedValueOnce({ latitude: 29.2899, longitude: 121.4322, accuracy: 30, altitude: 0, horizontalAccuracy: 30, verticalAccuracy: 0, speed: 0, errMsg: 'getLocation:ok' })
    expect(await real.locateWorker()).toEqual(HERE)
    getLocation.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' })
    expect(await real.locateWorker()).toBeNull()
  })
})

describe('首页 → 法律援助', () => {
  beforeEach(() => {
    jest.mocked(notifications.fetchUnreadCount).mockResolvedValue({ unread: 0 })
  })

  test('the entry is open; without login it goes to login first and remembers the form', async () => {
    utils = await mountPage(IndexPage)
    expect(text('#service-legal-aid .service-name')).toBe('法律援助')
    expect($('#service-legal-aid .service-soon')).toBeNull()
    await tap(utils, '#service-legal-aid')
    await waitUntil(utils, () => window.location.hash.includes('/packages/account/login/index'), 'the login page')
    expect(decodeURIComponent(window.location.hash)).toContain('redirect=/packages/legal-aid/new/index')
  })

  test('logged in, it opens the request form', async () => {
    Taro.setStorageSync('nj.session.token', 'token-1')
    Taro.setStorageSync('nj.session.user', user())
    jest.mocked(auth.fetchMe).mockResolvedValue(user())
    utils = await mountPage(IndexPage)
    await settle(utils)
    await tap(utils, '#service-legal-aid')
    await waitUntil(utils, () => window.location.hash.includes('/packages/legal-aid/new/index'), 'the legal-aid form')
    expect(window.location.hash).not.toContain('/packages/account/login/index')
  })
})
