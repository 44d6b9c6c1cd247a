import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import { CHILD_CONSENT_VERSION, HEALTH_CONSENT_VERSION } from '../../types/childcare'
import ChildEditPage from '../../src/packages/childcare/child-edit/index'
import ChildrenPage from '../../src/packages/childcare/children/index'
import * as auth from '../../src/services/auth'
import * as childcare from '../../src/services/childcare'
import { ApiError } from '../../src/services/request'
import { child, CHILD_ID, logInAsParent, parent } from './childcare-fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/childcare') // every export becomes a jest.fn
jest.mock('../../src/services/auth')

const saveChild = jest.mocked(childcare.saveChild)
const deleteChild = jest.mocked(childcare.deleteChild)
const fetchChildren = jest.mocked(childcare.fetchChildren)

let utils: TestUtils | undefined
let showModal: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  jest.mocked(auth.fetchMe).mockResolvedValue(parent)
  showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  logInAsParent()
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

/** What the H5 picker emits when a value is chosen (a date, or an index for a selector). */
async function pick(u: TestUtils, field: string, value: string | number): Promise<void> {
  const picker = await waitFor(u, `.field-${field} taro-picker-core`)
  await u.act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
  await settle(u)
}

/** Everything but the consents. */
async function fillChild(u: TestUtils): Promise<void> {
  await typeInto(u, '.field-name input', ' 李小红 ')
  await tap(u, '#gender-female')
  await pick(u, 'birthDate', '2019-05-20')
  await pick(u, 'grade', 1)
  await typeInto(u, '.field-school input', '跃龙小学')
  await typeInto(u, '.field-emergencyName input', '李秀英')
  await typeInto(u, '.field-emergencyPhone input', '13805740002')
}

describe('孩子信息 form', () => {
  test('refuses to save without the guardian consent, then sends it as consentVersion', async () => {
    utils = await mountPage(ChildEditPage)
    await fillChild(utils)
    expect(text('.field-birthDate .cc-birth-value')).toBe('2019年5月20日›')
    expect(text('.field-grade .cc-grade-value')).toBe('一年级›')

    await tap(utils, '.cc-save-btn')
    expect(text('.field-consent .field-error')).toBe('请先阅读并同意儿童个人信息处理规则')
    expect($('.field-name .field-error')).toBeNull()
    expect(saveChild).not.toHaveBeenCalled()

    saveChild.mockResolvedValueOnce(child({ name: '李小红' }))
    await tap(utils, '.cc-consent')
    expect($('.field-consent .field-error')).toBeNull()
    await tap(utils, '.cc-save-btn')
    expect(saveChild).toHaveBeenCalledTimes(1)
    expect(saveChild).toHaveBeenCalledWith(
      {
        name: '李小红',
        gender: 'female',
        birthDate: '2019-05-20',
        grade: 1,
        school: '跃龙小学',
        healthNotes: '',
        emergencyName: '李秀英',
        emergencyPhone: '13805740002',
        consentVersion: CHILD_CONSENT_VERSION,
        healthConsentVersion: null
      },
      undefined
    )
  })

  test('an empty form shows a Chinese message under each required field', async () => {
    utils = await mountPage(ChildEditPage)
    await waitFor(utils, '.cc-save-btn')
    await tap(utils, '.cc-save-btn')
    expect(text('.field-name .field-error')).toBe('孩子姓名至少 2 个字')
    expect(text('.field-gender .field-error')).toBe('请选择性别')
    expect(text('.field-birthDate .field-error')).toBe('请选择正确的出生日期')
    expect(text('.field-grade .field-error')).toBe('请选择年级')
    expect(text('.field-emergencyName .field-error')).toBe('紧急联系人姓名至少 2 个字')
    expect(text('.field-emergencyPhone .field-error')).toBe('请填写正确的手机号或座机号（如 0574-65512345）')
    expect(saveChild).not.toHaveBeenCalled()
  })

  test('health notes need their own consent: refused without it, sent with healthConsentVersion once ticked', async () => {
    utils = await mountPage(ChildEditPage)
    await fillChild(utils)
    await tap(utils, '.cc-consent')
    await typeInto(utils, '.field-healthNotes textarea', '对花生过敏')

    await tap(utils, '.cc-save-btn')
    expect(text('.field-healthConsent .field-error')).toBe('填写健康情况需要您单独同意健康信息的处理')
    expect(saveChild).not.toHaveBeenCalled()

    saveChild.mockResolvedValueOnce(child({ healthNotes: '对花生过敏', healthConsentVersion: HEALTH_CONSENT_VERSION }))
    await tap(utils, '.cc-health-consent')
    expect($('.field-healthConsent .field-error')).toBeNull()
    await tap(utils, '.cc-save-btn')
    expect(saveChild).toHaveBeenCalledTimes(1)
    const [sent] = saveChild.mock.calls[0]
    expect(sent.healthNotes).toBe('对花生过敏')
    expect(sent.healthConsentVersion).toBe(HEALTH_CONSENT_VERSION)
    expect(sent.consentVersion).toBe(CHILD_CONSENT_VERSION)
  })

  test('edits an existing child: the form is filled in and saved to that child', async () => {
    fetchChildren.mockResolvedValue([child({ healthNotes: '哮喘', healthConsentVersion: HEALTH_CONSENT_VERSION, healthConsentAt: '2026-06-01T02:00:00.000Z' })])
    utils = await mountPage(ChildEditPage, { id: CHILD_ID })
    const name = await waitFor(utils, '.field-name input')
    expect((name as HTMLInputElement).value).toBe('李小明')
    expect(text('.field-grade .cc-grade-value')).toBe('二年级›')
    expect($('.cc-consent')?.getAttribute('data-checked')).toBe('true')
    expect($('.cc-health-consent')?.getAttribute('data-checked')).toBe('true')

    saveChild.mockResolvedValueOnce(child())
    await typeInto(utils, '.field-school input', '桃源小学')
    await tap(utils, '.cc-save-btn')
    expect(saveChild).toHaveBeenCalledTimes(1)
    expect(saveChild.mock.calls[0][0].school).toBe('桃源小学')
    expect(saveChild.mock.calls[0][0].healthConsentVersion).toBe(HEALTH_CONSENT_VERSION)
    expect(saveChild.mock.calls[0][1]).toBe(CHILD_ID)
  })

  test('a consent given for an older text must be ticked again', async () => {
    fetchChildren.mockResolvedValue([child({ consentVersion: 'child-2025-01', consentCurrent: false })])
    utils = await mountPage(ChildEditPage, { id: CHILD_ID })
    await waitFor(utils, '.cc-child-form')
    expect(text('.cc-consent-renew')).toBe('信息处理规则已更新，请阅读并重新勾选同意后保存')
    expect($('.cc-consent')?.getAttribute('data-checked')).toBe('false')
    await tap(utils, '.cc-save-btn')
    expect(text('.field-consent .field-error')).toBe('请先阅读并同意儿童个人信息处理规则')
    expect(saveChild).not.toHaveBeenCalled()
  })

  test('deletes only after the confirmation, and shows why the server refused', async () => {
    fetchChildren.mockResolvedValue([child()])
    utils = await mountPage(ChildEditPage, { id: CHILD_ID })
    await waitFor(utils, '.cc-delete-btn')

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await tap(utils, '.cc-delete-btn')
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(deleteChild).not.toHaveBeenCalled()

    deleteChild.mockRejectedValueOnce(new ApiError('CONFLICT', '孩子还有进行中的托班报名，取消报名后才能删除', 409))
    await tap(utils, '.cc-delete-btn')
    expect(deleteChild).toHaveBeenCalledWith(CHILD_ID)
    await waitFor(utils, '.cc-child-notice')
    expect(text('.cc-child-notice')).toBe('孩子还有进行中的托班报名，取消报名后才能删除')
  })
})

describe('我的孩子', () => {
  test('an empty list offers 添加孩子', async () => {
    fetchChildren.mockResolvedValueOnce([])
    utils = await mountPage(ChildrenPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('还没有添加孩子。添加后，报名托班时直接选择即可')
    await tap(utils, '.state-empty .state-action')
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/child-edit/index'), 'the child form')
  })

  test('lists my children, marks a stale consent, and retries after an error', async () => {
    fetchChildren.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(ChildrenPage)
    await waitFor(utils, '.state-error')
    expect(text('.state-error .state-text')).toBe('网络不给力，请稍后重试')

    fetchChildren.mockResolvedValueOnce([child(), child({ id: 'c2', name: '李小红', gender: 'female', grade: 0, consentCurrent: false })])
    await tap(utils, '.retry-btn')
    await waitFor(utils, '.cc-child-item')
    const items = $$('.cc-child-item')
    expect(items).toHaveLength(2)
    expect(items[0].querySelector('.cc-child-item-name')?.textContent).toBe('李小明')
    expect(items[0].textContent).toContain('男')
    expect(items[0].textContent).toContain('二年级')
    expect(items[0].textContent).toContain('2018年3月5日')
    expect(items[0].querySelector('.cc-consent-stale')).toBeNull()
    expect(items[1].querySelector('.cc-consent-stale')?.textContent).toBe('授权待更新')
  })

  test('asks a logged-out person to log in first', async () => {
    localStorage.clear()
    utils = await mountPage(ChildrenPage)
    await waitFor(utils, '.state-empty')
    expect(text('.state-empty .state-text')).toBe('请先登录')
    expect(fetchChildren).not.toHaveBeenCalled()
  })
})
