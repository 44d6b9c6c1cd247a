// Demo 爱心托班 data for `npm start`: one class open for sign-up now and one lottery class
// opening in three days (so the countdown shows), at 跃龙街道, and the demo parent's child
// with a seat. Dates follow today, so the demo never goes stale.
import { CHILD_CONSENT_VERSION } from '../../types/childcare'
import { classSchema, type ClassInput } from '../../types/schemas/childcare'
import { insertChild } from '../childcare/child-repo'
import { insertClass, publishClass } from '../childcare/class-repo'
import { signUp } from '../childcare/sign-up'
import { withTx } from '../db/pool'
import type { WorkflowCtx } from '../tickets/workflow-ctx'

const DAY = 86_400_000
const day = (base: Date, days: number) => new Date(base.getTime() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10)
const at = (base: Date, days: number, hhmm: string) => `${day(base, days)}T${hhmm}:00+08:00`

function classes(unionId: string, now: Date): ClassInput[] {
  const common = {
    unionId,
    season: '假期',
    address: '宁海县跃龙街道人民大道 100 号职工之家二楼',
    latitude: 29.2919,
    longitude: 121.4297,
    bring: '水杯、午睡毯、换洗衣物',
    priorityGroups: ['hardship_family', 'new_form_worker', 'single_parent'] as ClassInput['priorityGroups'],
    claimHours: 24
  }
  return [
    {
      ...common,
      title: '跃龙街道职工子女爱心托班',
      description: '面向辖区职工和新就业形态劳动者子女，提供作业辅导、阅读、手工和体育活动，午餐由职工食堂提供。',
      ageMin: 5,
      ageMax: 12,
      allocationMode: 'first_come',
      opensAt: at(now, -1, '09:00'),
      closesAt: at(now, 30, '18:00'),
      periods: [
        { name: '第一期', startDate: day(now, 60), endDate: day(now, 71), dailyStart: '08:30', dailyEnd: '17:00', capacity: 30 },
        { name: '第二期', startDate: day(now, 74), endDate: day(now, 85), dailyStart: '08:30', dailyEnd: '17:00', capacity: 2 }
      ]
    },
    {
      ...common,
      title: '跃龙街道小学生科学营（抽签）',
      description: '与县科技馆合办，动手做实验、参观科技馆，名额有限，报名截止后公开抽签，困难职工家庭优先。',
      ageMin: null,
      ageMax: null,
      gradeMin: 3,
      gradeMax: 6,
      allocationMode: 'lottery',
      opensAt: at(now, 3, '09:00'),
      closesAt: at(now, 10, '18:00'),
      drawAt: at(now, 11, '10:00'),
      periods: [{ name: '科学营', startDate: day(now, 90), endDate: day(now, 94), dailyStart: '09:00', dailyEnd: '16:00', capacity: 20 }]
    }
  ]
}

export async function sampleChildcare(ctx: WorkflowCtx, unions: Record<string, string>, users: Record<string, string>): Promise<void> {
  const now = ctx.now()
  const cadre = users['cadre-township']!
  const parent = users.parent!
  const ids: string[] = []
  for (const input of classes(unions.yl!, now)) {
    const id = await withTx(ctx.db, (tx) => insertClass(tx, cadre, classSchema.parse(input), now))
    await publishClass(ctx.db, id, now)
    ids.push(id)
  }
  const child = await insertChild(ctx.db, parent, {
    name: '李小明', gender: 'male', birthDate: '2018-03-15', grade: 2, school: '宁海县跃龙小学', healthNotes: '',
    emergencyName: '李秀英', emergencyPhone: '13957412345', consentVersion: CHILD_CONSENT_VERSION, healthConsentVersion: null
  }, now)
  const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM childcare_periods WHERE class_id = $1 ORDER BY position LIMIT 1', [ids[0]])
  await signUp(ctx.db, parent, rows[0]!.id, { clientRequestId: 'seed-childcare-0001', childId: child.id, contactPhone: '13957412345', priorityGroups: [], note: '' }, now)
}
