import type TestUtils from '@tarojs/test-utils-react'
import type { WorkbenchAlerts as Alerts } from '../../types/api'
import { WorkbenchAlerts } from '../../src/components/workbench-alerts'
import { ApiError } from '../../src/services/request'
import * as admin from '../../src/services/workbench-admin'
import { $, mountPage, settle, tap, text, waitFor, waitUntil } from './helpers'

jest.mock('../../src/services/workbench-admin')

const fetchWorkbenchAlerts = jest.mocked(admin.fetchWorkbenchAlerts)

const calm: Alerts = { missingHolidayYears: [], overdue: 0, dueSoon: 0, supervised: 0, pendingExtensions: 0 }

let utils: TestUtils | undefined

beforeEach(() => {
  jest.clearAllMocks()
  fetchWorkbenchAlerts.mockReset()
  document.body.innerHTML = ''
})

afterEach(() => {
  utils?.unmout()
  utils = undefined
})

describe('工作台提醒', () => {
  test('warns about a year without holiday data and links to 节假日安排', async () => {
    fetchWorkbenchAlerts.mockResolvedValueOnce({ ...calm, missingHolidayYears: [2027] })
    utils = await mountPage(WorkbenchAlerts)
    await waitFor(utils, '.workbench-alerts .alert-holiday')
    expect(text('.alert-holiday')).toContain('2027年法定节假日安排尚未录入：期限暂按周末计算（偏严），请管理员按国务院通知录入并确认')
    expect($('.alert-counts')).toBeNull()

    await tap(utils, '.alert-holiday')
    await waitUntil(utils, () => window.location.hash.includes('/packages/workbench/calendar/index'), 'the calendar page')
  })

  test('shows only the counts that are not zero', async () => {
    fetchWorkbenchAlerts.mockResolvedValueOnce({ ...calm, overdue: 3, supervised: 1, pendingExtensions: 2 })
    utils = await mountPage(WorkbenchAlerts)
    await waitFor(utils, '.alert-counts')
    expect(text('.alert-counts')).toBe('超期 3 · 督办 1 · 待审批延期 2')
    expect($('.alert-holiday')).toBeNull()
  })

  test('renders nothing when all is fine', async () => {
    fetchWorkbenchAlerts.mockResolvedValueOnce(calm)
    utils = await mountPage(WorkbenchAlerts)
    await waitUntil(utils, () => fetchWorkbenchAlerts.mock.calls.length === 1, 'the alerts request')
    await settle(utils, 20)
    expect($('.workbench-alerts')).toBeNull()
  })

  test('a failed load shows a small retry, which loads again', async () => {
    fetchWorkbenchAlerts.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试'))
    utils = await mountPage(WorkbenchAlerts)
    await waitFor(utils, '.workbench-alerts--error')
    expect(text('.workbench-alerts--error')).toBe('提醒加载失败，点此重试')

    fetchWorkbenchAlerts.mockResolvedValueOnce({ ...calm, dueSoon: 4 })
    await tap(utils, '.workbench-alerts--error')
    await waitFor(utils, '.alert-counts')
    expect(text('.alert-counts')).toBe('临期 4')
  })
})
