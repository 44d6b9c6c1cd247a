import { withTx, type Tx } from '../db/pool'
import { submitGrievance } from '../tickets/submit-grievance'
import { takeAction } from '../tickets/take-action'
import type { WorkflowCtx } from '../tickets/workflow-ctx'
import { insertUnion } from '../unions/union-repo'
import { DEMO_USERS, UNION_TREE, type SeedUnion } from './demo-data'
import { seedDemoHistory } from './demo-history'
import { sampleLegalAid, seedLegalAidStation } from './legal-aid-stations'
import { sampleChildcare } from './sample-childcare'

const SEED_LOCK = 7_262_027

export interface SeedResult {
  seeded: boolean
  unions: Record<string, string>
  users: Record<string, string>
  /** The demo legal-aid station. */
  stationId?: string
}

async function insertTree(tx: Tx, node: SeedUnion, parentId: string | null, ids: Record<string, string>): Promise<void> {
  ids[node.key] = await insertUnion(tx, { parentId, name: node.name, level: node.level, region: node.region })
  for (const child of node.children ?? []) await insertTree(tx, child, ids[node.key] ?? null, ids)
}

/** Seeds the demo data into an empty database; does nothing if unions already exist. */
export async function seedDemoData(ctx: WorkflowCtx, opts: { sampleTickets?: boolean } = {}): Promise<SeedResult> {
  const result = await withTx(ctx.db, async (tx): Promise<SeedResult> => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK])
    const existing = await tx.query('SELECT 1 FROM unions LIMIT 1')
    if ((existing.rowCount ?? 0) > 0) return { seeded: false, unions: {}, users: {} }
    const unions: Record<string, string> = {}
    await insertTree(tx, UNION_TREE, null, unions)
    const users: Record<string, string> = {}
    for (const u of DEMO_USERS) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO users (demo_account, display_name, phone, is_lawyer, employer_union_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [u.account, u.displayName, u.phone, u.isLawyer ?? false, u.employerUnion ? unions[u.employerUnion] : null]
      )
      users[u.account] = rows[0]!.id
      if (u.cadreOf) {
        await tx.query('INSERT INTO union_cadres (union_id, user_id, title, full_export) VALUES ($1, $2, $3, $4)', [
          unions[u.cadreOf.union],
          rows[0]!.id,
          u.cadreOf.title,
          u.cadreOf.fullExport ?? false
        ])
      }
    }
    const stationId = await seedLegalAidStation(tx, unions, users)
    return { seeded: true, unions, users, stationId }
  })
  if (result.seeded && opts.sampleTickets) {
    // First, so today's sample tickets get the newest numbers.
    await seedDemoHistory(ctx, { unions: result.unions, users: result.users, stationId: result.stationId! })
    await sampleTickets(ctx, result.unions, result.users)
    await sampleChildcare(ctx, result.unions, result.users)
    await sampleLegalAid(ctx, result.stationId!, result.users)
  }
  return result
}

/** Earlier grievances so a demo's lists are not empty: one answered and rated, one waiting at
 * an industry union, one waiting at the county to be dispatched. They go through the real use
 * cases, so they obey the transition table like any other ticket. */
async function sampleTickets(ctx: WorkflowCtx, unions: Record<string, string>, users: Record<string, string>): Promise<void> {
  const worker = users.worker!
  const cadre = users['cadre-township']!
  const noUrls = () => ''
  const { ticket: answered } = await submitGrievance(ctx, worker, {
    clientRequestId: 'seed-sample-0001', category: 'safety', title: '分拣场地夜间照明不足',
    description: '跃龙街道顺达快递分拣点晚上只有两盏灯，搬运时看不清台阶，上周有同事摔伤，希望工会帮忙协调加装照明。',
    employer: '宁海顺达快递有限公司', targetUnionId: unions.yl!, contactPhone: '13805741234', confidential: false, urgent: false, attachmentIds: []
  }, noUrls)
  await takeAction(ctx, cadre, answered.id, 'acknowledge', {}, noUrls)
  await takeAction(ctx, cadre, answered.id, 'reply', { body: '已联系企业负责人，本周内加装 4 盏防爆照明灯。' }, noUrls)
  await takeAction(ctx, cadre, answered.id, 'answer', { body: '照明已加装完毕，街道工会已现场查看。' }, noUrls)
  await takeAction(ctx, worker, answered.id, 'confirm', { speed: 5, attitude: 5, result: 4, comment: '灯装好了，谢谢工会！' }, noUrls)
  await submitGrievance(ctx, worker, {
    clientRequestId: 'seed-sample-0002', category: 'insurance', title: '想了解骑手职业伤害保障怎么参保',
    description: '我是兼职跑单的骑手，听说有新就业形态职业伤害保障，不知道怎么参加、谁来缴费，请工会帮忙解答。',
    employer: '', targetUnionId: unions.kd!, contactPhone: '13805741234', confidential: true, urgent: false, attachmentIds: []
  }, noUrls)
  await submitGrievance(ctx, users.parent!, {
    clientRequestId: 'seed-sample-0003', category: 'wages', title: '超市拖欠两个月工资',
    description: '我在桃源街道一家超市做理货员，老板说资金周转困难，九月、十月的工资一直没发，一共六千多元。',
    employer: '宁海县某超市', targetUnionId: unions.nh!, contactPhone: '13957412345', confidential: true, urgent: true, attachmentIds: []
  }, noUrls)
}
