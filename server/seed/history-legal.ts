// One 法律援助 request of the demo history at the county's station: the station assigns its
// lawyer (签收), the lawyer calls the worker (which stops the answer clock), takes the case
// through 调解 or 仲裁 where it goes that far, and closes it with the amount recovered; the
// worker rates it, or it is auto-confirmed. Now and then a worker withdraws before assignment.
import { CASE_TYPE_LABELS, LEGAL_CONSENT_VERSION, type CaseOutcome, type CaseType } from '../../types/legal-aid'
import { formatYuan } from '../../types/schemas/money'
import { confirm, silence } from './history-closing'
import { Stop, TicketLife, type HistoryEnv } from './history-life'
import { Rng } from './history-random'
import { submitLegalAidAt } from './history-steps'
import { beforeDue, officeMinutesAfter, workerHoursAfter } from './history-time'

const FACTS: Record<CaseType, string> = {
  wage_arrears: '在{employer}做了一年多，{month}起工资一直拖欠，共{amount}元，多次讨要无果，老板现在电话也不接。',
  work_injury: '在{employer}操作冲床时右手受伤，住院两周，单位不愿申报工伤，医药费{amount}元都是自己垫付的。',
  dismissal: '{employer}以业务调整为由口头通知辞退，没有书面通知也没有任何补偿，我已经在这里干了五年。',
  contract: '入职{employer}一年多，公司一直不签书面劳动合同，想主张未签合同的二倍工资约{amount}元。',
  social_insurance: '{employer}三年来没有给我缴社保，现在生病住院无法报销，想要求单位补缴并赔偿损失。',
  overtime: '在{employer}每天工作 12 小时，每月只休两天，加班费从来没给过，估算约{amount}元。',
  other: '与{employer}就押金和培训费发生纠纷，公司扣着{amount}元不退，想咨询怎么处理。'
}
const TYPE_WEIGHTS: Record<CaseType, number> = { wage_arrears: 8, work_injury: 3, dismissal: 3, contract: 2, social_insurance: 2, overtime: 2, other: 1 }
const CLOSING: Record<'advice' | 'mediated' | 'award', string> = {
  advice: '已出具书面法律意见并指导收集证据，职工表示将先与单位协商。',
  mediated: '经调解，单位同意分两期支付 {amount}，首期已到账，余款下月付清。',
  award: '仲裁委裁决单位支付 {amount}，单位已履行完毕。'
}

const STAGE_NOTES = {
  mediation: '已向劳动争议调解委员会申请调解，调解时间另行通知。',
  arbitration: '已代为向县劳动人事争议仲裁委员会申请仲裁，开庭时间另行通知。'
} as const

const fill = (text: string, slots: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? '')

export async function legalAidHistory(env: HistoryEnv, n: number, submittedAt: Date, seed: number, stationId: string, lawyerId: string): Promise<void> {
  const rng = new Rng(seed)
  const { cal } = env
  const worker = rng.pick(env.workers.filter((w) => w.area === 'nh'))
  const caseType = rng.weighted(TYPE_WEIGHTS)
  const amount = rng.int(30, 600) * 100
  const employer = rng.pick(['宁海县某模具厂', '宁海县某建筑劳务公司', '西店镇某灯具厂', '宁海某物流有限公司', '桃源街道某服装厂'])
  const since = new Date(submittedAt.getTime() - rng.int(45, 200) * 86_400_000).toISOString().slice(0, 7)
  const life = new TicketLife(env, rng, submittedAt)
  await life.submit(() =>
    submitLegalAidAt(life.ctx, worker.id, {
      clientRequestId: `demo-history-legal-${String(n).padStart(4, '0')}`,
      stationId, caseType, employer, amountInDispute: caseType === 'dismissal' ? null : amount, since,
      description: fill(FACTS[caseType], { employer, amount: String(amount), month: `${Number(since.slice(5))}月` }),
      helpWanted: rng.pick(['consultation', 'mediation', 'mediation', 'arbitration'] as const),
      contactPhone: worker.phone, hardship: rng.chance(0.3), hardshipNote: '家庭收入低，停工后无其他收入来源', evidenceIds: [],
      consentVersion: LEGAL_CONSENT_VERSION
    })
  )
  const station = env.cadreOf.nh!
  try {
    if (rng.chance(0.08)) {
      const at = beforeDue(rng, workerHoursAfter(rng, life.at, 2, 20), life.row.due_at!, life.at)
      return await life.step(at, () => life.act(worker.id, 'withdraw', { body: '已与单位达成和解，撤回申请。' }))
    }
    const office = (min: number, max: number) => beforeDue(rng, officeMinutesAfter(cal, life.at, rng.int(min, max)), life.row.due_at ?? new Date(8.64e15), life.at)
    await life.step(office(30, 400), () => life.act(station, 'assign_lawyer', { lawyerId, body: '' }))
    await life.step(office(30, 480), () =>
      life.act(lawyerId, 'reply', { body: `已电话联系您，请携带劳动合同、工资流水等材料到援助站面谈，${CASE_TYPE_LABELS[caseType]}案件需尽早固定证据。` })
    )
    const outcome: 'advice' | 'mediated' | 'award' = rng.weighted({ advice: 3, mediated: 5, award: 2 })
    if (outcome !== 'advice') {
      const stage = outcome === 'award' ? 'arbitration' : 'mediation'
      await life.step(office(300, 2000), () => life.act(lawyerId, 'advance_stage', { stage, body: STAGE_NOTES[stage] }))
    }
    const recovered = outcome === 'advice' ? 0 : Math.round(amount * (0.6 + 0.4 * rng.next()) / 100) * 100
    const closing: CaseOutcome = outcome
    await life.step(office(outcome === 'award' ? 5000 : 1000, outcome === 'award' ? 12000 : 5000), () =>
      life.act(lawyerId, 'close_case', { outcome: closing, amountRecovered: recovered, body: fill(CLOSING[outcome], { amount: formatYuan(recovered) }) })
    )
    if (rng.chance(0.15)) return await silence(life, worker)
    await confirm(life, worker, 0)
  } catch (err) {
    if (!(err instanceof Stop)) throw err
  }
}
