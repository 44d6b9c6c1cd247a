import type TestUtils from '@tarojs/test-utils-react'
import type { EnrolmentView } from '../../types/api-childcare'
import SignUpPage from '../../src/packages/childcare/sign-up/index'
import * as auth from '../../src/services/auth'
import * as childcare from '../../src/services/childcare'
import { ApiError } from '../../src/services/request'
import { child, CHILD_ID, CHILD_ID_2, CLASS_ID, classDetail, enrolment, ENROLMENT_ID, logInAsParent, parent, PERIOD_ID } from './childcare-fixtures'
import { $, $$, mountPage, settle, tap, text, typeInto, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/childcare') // every export becomes a jest.fn
jest.mock('../../src/services/auth')

const signUp = jest.mocked(childcare.signUp)
const fetchClass = jest.mocked(childcare.fetchClass)
const fetchChildren = jest.mocked(childcare.fetchChildren)

const PHONE_ERROR = '请填写正确的手机号或座机号（如 0574-65512345）'

let utils: TestUtils | undefined

beforeEach(() => {
  localStorage.clear()
  jest.clearAllMocks()
  signUp.mockReset()
  jest.mocked(auth.fetchMe).mockResolvedValue(parent)
  fetchClass.mockResolvedValue(classDetail())
  fetchChildren.mockResolvedValue([child(), child({ id: CHILD_ID_2, name: '李小红', gender: 'female', grade: 0 })])
  logInAsParent()
  document.body.innerHTML = ''
  window.location.hash = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
  jest.restoreAllMocks()
})

async function open(): Promise<TestUtils> {
  const u = await mountPage(SignUpPage, { classId: CLASS_ID, periodId: PERIOD_ID })
  await waitFor(u, '.cc-sign-up-form .field-phone input')
  return u
}

async function fillValid(u: TestUtils): Promise<void> {
  await tap(u, `#child-${CHILD_ID}`)
  await tap(u, '.cc-priority-frontline_worker')
  await typeInto(u, '.field-phone input', '13805740002')
  await typeInto(u, '.field-note textarea', '下午五点外婆来接')
}

describe('托班报名 form', () => {
  test('shows the class, the period and the priority groups the class offers', async () => {
    utils = await open()
    expect(text('.cc-sign-up-class')).toBe('跃龙街道暑期爱心托班')
    expect(text('.cc-sign-up-period')).toBe('第一期余 12 席')
    expect($$('.cc-child-option').map((o) => o.querySelector('.cc-child-name')?.textContent)).toEqual(['李小明', '李小红'])
    expect($$('.cc-priority').map((o) => o.textContent)).toEqual(['困难职工家庭', '一线职工'])
  })

  test('refuses a missing child and a bad phone with Chinese messages, without calling the service', async () => {
    utils = await open()
    await typeInto(utils, '.field-phone input', '12345')
    await tap(utils, '.cc-submit-btn')
    expect(text('.field-child .field-error')).toBe('请选择孩子')
    expect(text('.field-phone .field-error')).toBe(PHONE_ERROR)
    expect($('.field-note .field-error')).toBeNull()
    expect(signUp).not.toHaveBeenCalled()

    // Choosing a child clears its message; the phone is still wrong.
    await tap(utils, `#child-${CHILD_ID}`)
    expect($('.field-child .field-error')).toBeNull()
    await tap(utils, '.cc-submit-btn')
    expect(text('.field-phone .field-error')).toBe(PHONE_ERROR)
    expect(signUp).not.toHaveBeenCalled()
  })

  test('a waitlisted answer shows 候补第 N 位 at once, then opens the sign-up', async () => {
    signUp.mockResolvedValueOnce(enrolment({ state: 'waitlisted', waitlistPosition: 3, allowedActions: ['cancel'] }))
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.cc-submit-btn')

    expect(signUp).toHaveBeenCalledTimes(1)
    expect(signUp).toHaveBeenCalledWith(PERIOD_ID, {
      clientRequestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      childId: CHILD_ID,
      contactPhone: '13805740002',
      priorityGroups: ['frontline_worker'],
      note: '下午五点外婆来接'
    })
    await waitFor(utils, '.cc-sign-up-result')
    expect(text('.cc-result-answer')).toBe('候补第 3 位')
    expect(text('.cc-result-who')).toBe('李小明 · 第一期')
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/enrolment/index'), 'the enrolment page', 4000)
    expect(window.location.hash).toContain(`id=${ENROLMENT_ID}`)
  })

  test.each([
    ['held', '报名成功'],
    ['pending_review', '待审核'],
    ['applied', '已提交待抽签']
  ] as const)('answer %s reads %s', async (state, words) => {
    signUp.mockResolvedValueOnce(enrolment({ state }))
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.cc-submit-btn')
    await waitFor(utils, '.cc-result-answer')
    expect(text('.cc-result-answer')).toBe(words)
  })

  test('a SIGN_UP_REFUSED answer shows its message; the retry keeps the same clientRequestId', async () => {
    signUp.mockRejectedValueOnce(new ApiError('SIGN_UP_REFUSED', '同一托班每个孩子只能报名一个班期', 409))
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.cc-submit-btn')
    await waitFor(utils, '.cc-sign-up-notice')
    expect(text('.cc-sign-up-notice')).toBe('同一托班每个孩子只能报名一个班期')
    expect($('.cc-sign-up-result')).toBeNull()
    expect(text('.cc-submit-btn')).toBe('提交报名')

    signUp.mockRejectedValueOnce(new ApiError('RATE_LIMITED', '操作太频繁，请稍后再试', 429))
    await tap(utils, '.cc-submit-btn')
    await waitUntil(utils, () => text('.cc-sign-up-notice') === '操作太频繁，请稍后再试', 'the 429 message')
    expect(signUp).toHaveBeenCalledTimes(2)
    expect(signUp.mock.calls[1][1].clientRequestId).toBe(signUp.mock.calls[0][1].clientRequestId)
  })

  test('double taps and a retry after a lost answer send one sign-up key', async () => {
    let lose: (err: ApiError) => void = () => undefined
    signUp.mockImplementationOnce(() => new Promise((_resolve, reject) => (lose = reject)))
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.cc-submit-btn')
    expect(text('.cc-submit-btn')).toBe('提交中…')
    expect($('.cc-submit-btn')?.hasAttribute('disabled')).toBe(true)
    await tap(utils, '.cc-submit-btn')
    await tap(utils, '.cc-submit-btn')
    expect(signUp).toHaveBeenCalledTimes(1)

    await utils.act(async () => lose(new ApiError('NETWORK', '网络不给力，请稍后重试')))
    await settle(utils)
    expect(text('.cc-sign-up-notice')).toBe('网络不给力，请稍后重试')

    let answer: (v: EnrolmentView) => void = () => undefined
    signUp.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    await tap(utils, '.cc-submit-btn')
    expect(signUp).toHaveBeenCalledTimes(2)
    expect(signUp.mock.calls[1][1]).toEqual(signUp.mock.calls[0][1])
    await utils.act(async () => answer(enrolment()))
    await waitFor(utils, '.cc-result-answer')
    expect(text('.cc-result-answer')).toBe('报名成功')
  })

  test('the server’s field messages land under the matching field', async () => {
    signUp.mockRejectedValueOnce(new ApiError('VALIDATION_FAILED', '请检查填写的内容', 400, { childId: '请选择您添加的孩子' }))
    utils = await open()
    await fillValid(utils)
    await tap(utils, '.cc-submit-btn')
    await waitFor(utils, '.field-child .field-error')
    expect(text('.field-child .field-error')).toBe('请选择您添加的孩子')
  })

  test('with no children yet the form offers to add one', async () => {
    fetchChildren.mockResolvedValue([])
    utils = await open()
    expect(text('.cc-no-children')).toBe('还没有添加孩子信息，请先添加')
    await tap(utils, '.cc-add-child')
    await waitUntil(utils, () => window.location.hash.includes('/packages/childcare/child-edit/index'), 'the child form')
  })
})

describe('托班报名 before opening', () => {
  test('the submit waits for the opening and says so', async () => {
    fetchClass.mockResolvedValue(classDetail({ phase: 'upcoming', opensAt: '2027-06-26T02:00:00.000Z' }))
    utils = await open()
    expect(text('.cc-sign-up-head .cc-countdown')).toMatch(/^距开始报名还有 1 天 00:00:0\d$/)
    expect(text('.cc-submit-btn')).toBe('未开始报名')
    expect($('.cc-submit-btn')?.hasAttribute('disabled')).toBe(true)
  })
})
