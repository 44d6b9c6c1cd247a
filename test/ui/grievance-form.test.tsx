import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import GrievanceNewPage from '../../src/packages/grievance/new/index'
import { ApiError } from '../../src/services/request'
import * as subscribe from '../../src/services/subscribe'
import * as tickets from '../../src/services/tickets'
import * as uploads from '../../src/services/uploads'
import { UNION_PICKED } from '../../src/utils/events'
import { ticket, UNION_ID } from './fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/tickets') // every export becomes a jest.fn
jest.mock('../../src/services/uploads', () => ({ uploadPhoto: jest.fn() }))
jest.mock('../../src/services/subscribe')

const submitGrievance = jest.mocked(tickets.submitGrievance)
const askForProgressMessages = jest.mocked(subscribe.askForProgressMessages)
const prefetchProgressTemplates = jest.mocked(subscribe.prefetchProgressTemplates)
const DRAFT_KEY = 'nj.draft.grievance.v1'

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  submitGrievance.mockReset()
  askForProgressMessages.mockReset()
  prefetchProgressTemplates.mockReset()
  document.body.innerHTML = ''
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

async function fillValidForm(u: TestUtils): Promise<void> {
  await tap(u, '#category-wages')
  await typeInto(u, '.field-title input', '  三个月工资未发  ')
  await typeInto(u, '.field-description textarea', '公司从九月起拖欠我们快递员的工资，已经三个月了。')
  await typeInto(u, '.field-employer input', '宁海顺达快递有限公司')
  await typeInto(u, '.field-phone input', '13805740001')
  // What the union picker page does when a union is chosen.
  await u.act(async () => {
    Taro.eventCenter.trigger(UNION_PICKED, { id: UNION_ID, name: '跃龙街道总工会' })
  })
  await settle(u)
}

describe('职工说事 form', () => {
  test('shows Chinese errors under each invalid field and does not submit', async () => {
    utils = await mountPage(GrievanceNewPage)
    await typeInto(utils, '.field-title input', '工资')
    await typeInto(utils, '.field-phone input', '12345')
    await tap(utils, '.submit-btn')

    expect(text('.field-category .field-error')).toBe('请选择诉求类别')
    expect(text('.field-title .field-error')).toBe('标题至少 4 个字')
    expect(text('.field-description .field-error')).toBe('诉求描述至少 10 个字，请写清楚发生了什么')
    expect(text('.field-union .field-error')).toBe('请选择受理工会')
    expect(text('.field-phone .field-error')).toBe('请填写正确的手机号或座机号（如 0574-65512345）')
    // Optional fields stay quiet.
    expect($('.field-employer .field-error')).toBeNull()
    expect($('.field-photos .field-error')).toBeNull()
    expect(submitGrievance).not.toHaveBeenCalled()
    // An invalid form asks nothing about progress messages either.
    expect(askForProgressMessages).not.toHaveBeenCalled()

    // Fixing a field clears its message.
    await typeInto(utils, '.field-title input', '三个月工资未发')
    expect($('.field-title .field-error')).toBeNull()
  })

  test('submits the validated payload and reuses the clientRequestId when retrying', async () => {
    utils = await mountPage(GrievanceNewPage)
    await fillValidForm(utils)
    // The subscribe templates were fetched when the form opened, long before the tap.
    expect(prefetchProgressTemplates).toHaveBeenCalled()
    expect(text('.field-description .char-count')).toBe('24/2000')
    expect(text('.field-union .union-select-text')).toBe('跃龙街道总工会')

    // First attempt: the network drops, after a while.
    let drop: (err: ApiError) => void = () => undefined
    submitGrievance.mockImplementationOnce(() => new Promise((_resolve, reject) => (drop = reject)))
    await tap(utils, '.submit-btn')
    // WeChat only shows the subscribe question when asked straight from the tap: it was asked
    // before the submit was sent, while the request is still on its way.
    expect(submitGrievance).toHaveBeenCalledTimes(1)
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)
    expect(askForProgressMessages.mock.invocationCallOrder[0]).toBeLessThan(submitGrievance.mock.invocationCallOrder[0])
    await utils.act(async () => drop(new ApiError('NETWORK', '网络不给力，请稍后重试')))
    await waitUntil(utils, () => $('.submit-notice') !== null, 'the failure notice')
    expect(text('.submit-notice')).toContain('网络不给力，请稍后重试')
    expect(submitGrievance).toHaveBeenCalledTimes(1)
    const first = submitGrievance.mock.calls[0][0]
    expect(first).toEqual({
      clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      category: 'wages',
      title: '三个月工资未发',
      description: '公司从九月起拖欠我们快递员的工资，已经三个月了。',
      employer: '宁海顺达快递有限公司',
      targetUnionId: UNION_ID,
      contactPhone: '13805740001',
      confidential: false,
      urgent: false,
      attachmentIds: []
    })
    // The draft is still there, with the same key.
    expect(storedDraft()?.clientRequestId).toBe(first.clientRequestId)

    // Second attempt: hangs until we let it finish; further taps must not send anything.
    let finish: (t: ReturnType<typeof ticket>) => void = () => undefined
    submitGrievance.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    await tap(utils, '.submit-btn')
    expect(text('.submit-btn')).toBe('提交中…')
    await tap(utils, '.submit-btn')
    await tap(utils, '.submit-btn')
    expect(submitGrievance).toHaveBeenCalledTimes(2)
    expect(submitGrievance.mock.calls[1][0].clientRequestId).toBe(first.clientRequestId)
    expect(submitGrievance.mock.calls[1][0]).toEqual(first)

    await utils.act(async () => finish(ticket()))
    await settle(utils)
    // Success: the draft is gone (the next form starts fresh with a new key) and the person
    // lands on the new ticket.
    await waitUntil(utils, () => storedDraft() === undefined, 'the draft to be cleared')
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index'), 'the detail page')
    expect(window.location.hash).toContain(`id=${ticket().id}`)
    // Asked once for this draft: the retry did not ask again.
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)
  })

  test('a photo still uploading stops the submit before the subscribe question', async () => {
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['blob:slip'], tempFiles: [], errMsg: 'chooseImage:ok' })
    jest.mocked(uploads.uploadPhoto).mockImplementationOnce(() => new Promise(() => undefined))
    utils = await mountPage(GrievanceNewPage)
    await fillValidForm(utils)
    await tap(utils, '.field-photos .photo-add')
    await waitFor(utils, '.photo-item[data-status="uploading"]')
    await tap(utils, '.submit-btn')
    expect(text('.field-photos .field-error')).toBe('还有照片正在上传，请稍候再提交')
    expect(submitGrievance).not.toHaveBeenCalled()
    expect(askForProgressMessages).not.toHaveBeenCalled()
  })

  test('keeps the draft, photos and clientRequestId when the page is left and reopened', async () => {
    utils = await mountPage(GrievanceNewPage)
    await fillValidForm(utils)
    const saved = storedDraft()
    expect(saved?.title).toBe('  三个月工资未发  ')
    expect(saved?.targetUnion).toEqual({ id: UNION_ID, name: '跃龙街道总工会' })
    const key = saved?.clientRequestId
    expect(typeof key).toBe('string')
    utils.unmout()
    document.body.innerHTML = ''

    // A photo uploaded before the app was killed is part of the saved draft.
    const photoId = '0e5d8a52-1c4b-4a7e-9f00-3b2a1c0d0003'
    Taro.setStorageSync(DRAFT_KEY, { ...saved, photos: [{ id: photoId, url: 'http://localhost/api/files/x?sig=1' }] })

    utils = await mountPage(GrievanceNewPage)
    await settle(utils)
    expect(($('.field-title input') as HTMLInputElement).value).toBe('  三个月工资未发  ')
    expect(text('.field-union .union-select-text')).toBe('跃龙街道总工会')
    expect($$('.photo-item')).toHaveLength(1)
    expect(text('.form-intro')).toContain('已为您恢复上次未提交的内容')

    submitGrievance.mockResolvedValueOnce(ticket())
    await tap(utils, '.submit-btn')
    expect(submitGrievance).toHaveBeenCalledTimes(1)
    expect(submitGrievance.mock.calls[0][0].clientRequestId).toBe(key)
    expect(submitGrievance.mock.calls[0][0].attachmentIds).toEqual([photoId])
  })

  test("shows the server's field errors under the matching fields", async () => {
    utils = await mountPage(GrievanceNewPage)
    await fillValidForm(utils)
    submitGrievance.mockRejectedValueOnce(
      new ApiError('VALIDATION_FAILED', '请检查填写的内容', 400, { targetUnionId: '受理工会不存在', 'attachmentIds.0': '照片不存在或已被使用' })
    )
    await tap(utils, '.submit-btn')
    await waitUntil(utils, () => $('.field-union .field-error') !== null, 'the union error')
    expect(text('.field-union .field-error')).toBe('受理工会不存在')
    expect(text('.field-photos .field-error')).toBe('照片不存在或已被使用')
    expect(text('.submit-btn')).toBe('提交')
    // Nothing was lost.
    expect(storedDraft()?.title).toBe('  三个月工资未发  ')
  })

  test('紧急 is off by default, kept in the draft and sent', async () => {
    utils = await mountPage(GrievanceNewPage)
    expect(text('.grievance-new .urgent-checkbox')).toBe('紧急：涉及人身安全或当日欠薪等')
    expect($('.urgent-checkbox')?.getAttribute('data-checked')).toBe('false')
    await fillValidForm(utils)
    await tap(utils, '.grievance-new .urgent-checkbox')
    expect($('.urgent-checkbox')?.getAttribute('data-checked')).toBe('true')
    expect(storedDraft()?.urgent).toBe(true)

    // Reopened from the draft, it is still ticked.
    utils.unmout()
    document.body.innerHTML = ''
    utils = await mountPage(GrievanceNewPage)
    await settle(utils)
    expect($('.urgent-checkbox')?.getAttribute('data-checked')).toBe('true')

    submitGrievance.mockResolvedValueOnce(ticket({ urgent: true }))
    await tap(utils, '.submit-btn')
    expect(submitGrievance.mock.calls[0][0].urgent).toBe(true)
  })

  test('the submit never waits for the answer to the subscribe question', async () => {
    // The worker has not answered WeChat's question yet (and may never).
    askForProgressMessages.mockReturnValueOnce(new Promise<void>(() => undefined))
    utils = await mountPage(GrievanceNewPage)
    await fillValidForm(utils)
    submitGrievance.mockResolvedValueOnce(ticket())
    await tap(utils, '.submit-btn')
    expect(askForProgressMessages).toHaveBeenCalledTimes(1)
    await waitUntil(utils, () => window.location.hash.includes('/packages/grievance/detail/index'), 'the detail page')
    expect($('.submit-notice')).toBeNull()
    expect(storedDraft()).toBeUndefined()
  })
})
