// 爱心托班, the parent's side: child profiles, the class catalogue, sign-ups and their state.
// Every call goes through `request`, so failures arrive as ApiError with a Chinese message.
import type { Catalogue, ChildProfile, ClassDetail, DrawRecord, EnrolmentView } from '../../types/api-childcare'
import type { CatalogueQuery, ChildProfileSave, EnrolmentActionBody, SignUp } from '../../types/schemas/childcare'
import { request } from './request'

/** The actions a guardian can take on a sign-up (the others are the union's or the system's). */
export type GuardianAction = 'cancel' | 'claim'

const id = (value: string) => encodeURIComponent(value)

/** My own children, as stored. */
export function fetchChildren(): Promise<ChildProfile[]> {
  return request<ChildProfile[]>('GET', '/children')
}

/** Creates the child when `childId` is absent, otherwise replaces that child's details. */
export function saveChild(input: ChildProfileSave, childId?: string): Promise<ChildProfile> {
  return childId
    ? request<ChildProfile>('PUT', `/children/${id(childId)}`, { data: input })
    : request<ChildProfile>('POST', '/children', { data: input })
}

/** Refused with 409 while the child has a live sign-up. */
export async function deleteChild(childId: string): Promise<void> {
  await request<unknown>('DELETE', `/children/${id(childId)}`)
}

/** Published classes; no login needed. `seats` defaults to any on the server. */
export function fetchCatalogue(query: Partial<CatalogueQuery> = {}): Promise<Catalogue> {
  return request<Catalogue>('GET', '/childcare/classes', {
    query: {
      unionId: query.unionId,
      age: query.age === undefined ? undefined : String(query.age),
      from: query.from,
      to: query.to,
      seats: query.seats && query.seats !== 'any' ? query.seats : undefined
    }
  })
}

export function fetchClass(classId: string): Promise<ClassDetail> {
  return request<ClassDetail>('GET', `/childcare/classes/${id(classId)}`)
}

/**
 * 201 with the new sign-up, or 200 with the same one when `clientRequestId` was sent before:
 * a retry after a lost answer never makes a second sign-up. A refusal is 409 SIGN_UP_REFUSED.
 */
export function signUp(periodId: string, input: SignUp): Promise<EnrolmentView> {
  return request<EnrolmentView>('POST', `/childcare/periods/${id(periodId)}/sign-ups`, { data: input })
}

/** A sign-up by its id, which is also its ticket id in 我的. */
export function fetchEnrolment(enrolmentId: string): Promise<EnrolmentView> {
  return request<EnrolmentView>('GET', `/childcare/enrolments/${id(enrolmentId)}`)
}

export function takeEnrolmentAction(enrolmentId: string, action: GuardianAction, body: EnrolmentActionBody = { reason: '' }): Promise<EnrolmentView> {
  return request<EnrolmentView>('POST', `/childcare/enrolments/${id(enrolmentId)}/actions/${action}`, { data: body })
}

/** The published lottery record of a period; 404 before the draw. */
export function fetchDraw(periodId: string): Promise<DrawRecord> {
  return request<DrawRecord>('GET', `/childcare/periods/${id(periodId)}/draw`)
}
