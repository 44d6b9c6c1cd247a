// Every page path in one place, so a rename is one edit.
export const HOME_PAGE = '/pages/index/index'
export const MINE_PAGE = '/pages/mine/index'
export const LOGIN_PAGE = '/packages/account/login/index'
export const GRIEVANCE_NEW_PAGE = '/packages/grievance/new/index'
export const GRIEVANCE_LIST_PAGE = '/packages/grievance/list/index'
export const GRIEVANCE_DETAIL_PAGE = '/packages/grievance/detail/index'
export const UNION_PICKER_PAGE = '/packages/grievance/union-picker/index'
export const WORKBENCH_INBOX_PAGE = '/packages/workbench/inbox/index'
export const WORKBENCH_DETAIL_PAGE = '/packages/workbench/detail/index'
export const CHILDCARE_CATALOGUE_PAGE = '/packages/childcare/catalogue/index'
export const CHILDCARE_CLASS_PAGE = '/packages/childcare/class/index'
export const CHILDCARE_SIGN_UP_PAGE = '/packages/childcare/sign-up/index'
export const CHILDCARE_ENROLMENT_PAGE = '/packages/childcare/enrolment/index'
export const CHILDREN_PAGE = '/packages/childcare/children/index'
export const CHILD_EDIT_PAGE = '/packages/childcare/child-edit/index'
export const WORKBENCH_CLASSES_PAGE = '/packages/workbench/childcare-classes/index'
export const WORKBENCH_CLASS_EDIT_PAGE = '/packages/workbench/childcare-class-edit/index'
export const WORKBENCH_ROSTER_PAGE = '/packages/workbench/childcare-roster/index'
export const WORKBENCH_ATTENDANCE_PAGE = '/packages/workbench/childcare-attendance/index'
export const LEGAL_AID_NEW_PAGE = '/packages/legal-aid/new/index'
export const LEGAL_AID_BOOK_PAGE = '/packages/legal-aid/book/index'
export const LEGAL_AID_CASES_PAGE = '/packages/legal-aid/cases/index'
export const WORKBENCH_DUTY_ROSTER_PAGE = '/packages/workbench/duty-roster/index'
export const DASHBOARD_PAGE = '/packages/dashboard/index/index'

export const TAB_PAGES: readonly string[] = [HOME_PAGE, MINE_PAGE]

/** `/path?key=value&…` with every value URI-encoded. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const parts = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

export function loginUrl(redirect?: string): string {
  return withQuery(LOGIN_PAGE, { redirect })
}
