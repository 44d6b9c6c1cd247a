import { randomUUID } from 'node:crypto'
import type { ClassAdminView } from '../../types/api-childcare'
import { CHILD_CONSENT_VERSION } from '../../types/childcare'
import type { ChildProfileInput, ClassInput, SignUpInput } from '../../types/schemas/childcare'
import { createSession } from '../../server/auth/session-repo'
import type { Queryable } from '../../server/db/pool'
import type { TestContext } from './context'

/** Opening day in the tests: 2027-06-01 09:00 Shanghai. */
export const OPENS = '2027-06-01T09:00:00+08:00'
export const CLOSES = '2027-06-10T18:00:00+08:00'

export function classInput(unionId: string, over: Partial<ClassInput> = {}): ClassInput {
  return {
    unionId,
    title: '2027 暑期爱心托班',
    season: '2027年暑期',
    address: '宁海县跃龙街道人民大道 100 号职工之家',
    description: '面向职工子女的暑期托管，提供作业辅导、阅读和体育活动。',
    ageMin: 6,
    ageMax: 12,
    fee: 0,
    bring: '水杯、午睡毯',
    priorityGroups: ['hardship_family', 'new_form_worker'],
    allocationMode: 'first_come',
    opensAt: OPENS,
    closesAt: CLOSES,
    periods: [
      { name: '第一期', startDate: '2027-07-05', endDate: '2027-07-16', dailyStart: '08:30', dailyEnd: '17:00', capacity: 2 },
      { name: '第二期', startDate: '2027-07-19', endDate: '2027-07-30', dailyStart: '08:30', dailyEnd: '17:00', capacity: 2 }
    ],
    ...over
  }
}

export function childInput(over: Partial<ChildProfileInput> = {}): ChildProfileInput {
  return {
    name: '李小明',
    gender: 'male',
    birthDate: '2018-03-15',
    grade: 2,
    school: '跃龙小学',
    emergencyName: '李秀英',
    emergencyPhone: '13957412345',
    consentVersion: CHILD_CONSENT_VERSION,
    ...over
  }
}

export function signUpInput(childId: string, over: Partial<SignUpInput> = {}): SignUpInput {
  return { clientRequestId: `req-${randomUUID()}`, childId, contactPhone: '13957412345', ...over }
}

/** Creates a draft as the cadre and publishes it; returns the admin view. */
export async function publishedClass(ctx: TestContext, cadreToken: string, input: ClassInput): Promise<ClassAdminView> {
  const r = await ctx.request(cadreToken, { method: 'POST', url: '/api/workbench/childcare/classes', payload: input })
  if (r.statusCode !== 201) throw new Error(`create class: ${r.body}`)
  const id = (r.json() as ClassAdminView).id
  const p = await ctx.request(cadreToken, { method: 'POST', url: `/api/workbench/childcare/classes/${id}/publish` })
  if (p.statusCode !== 200) throw new Error(`publish: ${p.body}`)
  return p.json() as ClassAdminView
}

export interface Parent {
  userId: string
  token: string
  childId: string
}

/** `n` parents, each with one consented child born on `birthDate`, and a session. */
export async function makeParents(db: Queryable, n: number, birthDate = '2018-03-15'): Promise<Parent[]> {
  const { rows } = await db.query<{ user_id: string; child_id: string }>(
    `WITH u AS (
       INSERT INTO users (display_name, phone) SELECT '家长' || i, '139' || lpad(i::text, 8, '0') FROM generate_series(1, $1) AS i
       RETURNING id, display_name)
     INSERT INTO children (guardian_id, name, gender, birth_date, grade, grade_as_of, emergency_name, emergency_phone, consent_version, consent_at)
     SELECT id, display_name || '的孩子', 'female', $2::date, 2, DATE '2027-03-01', display_name, '13900000000', $3, now() FROM u
     RETURNING guardian_id AS user_id, id AS child_id`,
    [n, birthDate, CHILD_CONSENT_VERSION]
  )
  const parents: Parent[] = []
  for (const r of rows) parents.push({ userId: r.user_id, childId: r.child_id, token: (await createSession(db, r.user_id, 1)).token })
  return parents
}
