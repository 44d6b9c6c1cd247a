// One 职工说事 of the demo history, from submission to its last step: addressed to a union of
// the demo tree (the county and district unions 派单 most of theirs down), signed for — a few
// late, after a 督办 — answered, sometimes after 回复/补充材料/延期, and confirmed with ratings,
// left to the 7-day auto-confirmation, refused, withdrawn or sent back for 重办.
import type { GrievanceCategory } from '../../types/enums'
import type { Area, HistoryWorker } from './history-people'
import { Rng } from './history-random'
import { Stop, TicketLife, type HistoryEnv } from './history-life'
import { confirm, silence } from './history-closing'
import { cadre, route, supervisor } from './history-routing'
import { escalateOverdue, submitGrievanceAt } from './history-steps'
import * as say from './history-texts'
import { beforeDue, officeMinutesAfter, plusMinutes, workerHoursAfter } from './history-time'

export type Special = 'unreasonable_answered' | 'unreasonable_refused' | 'reopened_twice'

const TARGETS: Record<Area, Record<string, number>> = {
  nh: { nh: 24, yl: 20, ty: 14, xd: 12, kd: 10, wy: 8, sd: 6, zt: 6 },
  city: { hs: 25, nm: 20, yz: 25, wm: 30 }
}
const SPECIAL_TARGET: Record<Special, string> = { unreasonable_answered: 'yl', reopened_twice: 'ty', unreasonable_refused: 'nm' }
const CATEGORY_WEIGHTS: Record<GrievanceCategory, number> = { wages: 30, safety: 18, insurance: 16, rights: 12, hardship: 9, suggestion: 8, other: 7 }
const UNREASONABLE = ['诉求人要求工会承担其个人经营亏损，超出工会职责范围，经核实属不合理诉求。', '同一事项已多次答复且有仲裁裁决，诉求人仍要求重新处理，认定为不合理诉求。']

function pickWorker(env: HistoryEnv, rng: Rng, area: Area, target: string): HistoryWorker {
  const own = env.workers.filter((w) => w.employerUnion === target)
  if (own.length > 0 && rng.chance(0.8)) return rng.pick(own)
  return rng.pick(env.workers.filter((w) => w.area === area))
}

export async function grievanceHistory(env: HistoryEnv, n: number, submittedAt: Date, seed: number, special?: Special): Promise<void> {
  const rng = new Rng(seed)
  const area: Area = special ? (special === 'unreasonable_refused' ? 'city' : 'nh') : rng.chance(0.8) ? 'nh' : 'city'
  const target = special ? SPECIAL_TARGET[special] : rng.weighted(TARGETS[area])
  const worker = pickWorker(env, rng, area, target)
  const category = special === 'unreasonable_refused' ? 'other' : rng.weighted(CATEGORY_WEIGHTS)
  const employer = rng.pick(say.EMPLOYERS[worker.employerUnion ?? target] ?? say.EMPLOYERS.nh!)
  const urgent = (category === 'wages' || category === 'safety') && rng.chance(0.12)
  const month = `${new Date(submittedAt.getTime() - 20 * 86_400_000).getUTCMonth() + 1}月`
  const text = say.requestText(rng, category, employer, month)
  const life = new TicketLife(env, rng, submittedAt)
  await life.submit(() =>
    submitGrievanceAt(life.ctx, worker.id, {
      clientRequestId: `demo-history-${String(n).padStart(4, '0')}`,
      category, title: text.title, description: text.description, employer, targetUnionId: env.unions[target]!,
      contactPhone: worker.phone, confidential: !['sd', 'zt'].includes(target) && rng.chance(0.15), urgent, attachmentIds: []
    })
  )
  try {
    await route(life, target)
    await handle(life, worker, category, special)
  } catch (err) {
    if (!(err instanceof Stop)) throw err
  }
}

/** A handler's step before the answer deadline, `min`–`max` office minutes after the last one. */
function handlerTime(life: TicketLife, min: number, max: number): Date {
  const { rng } = life
  const { cal } = life.env
  return beforeDue(rng, officeMinutesAfter(cal, life.at, rng.int(min, max)), life.row.due_at ?? life.row.answer_due_at!, life.at)
}

/** Time for an optional step (回复, 补充材料, 延期) before the answer is due: more than a day. */
function roomy(life: TicketLife): boolean {
  const due = life.row.due_at ?? life.row.answer_due_at
  return due !== null && due.getTime() - life.at.getTime() > 86_400_000
}

async function handle(life: TicketLife, worker: HistoryWorker, category: GrievanceCategory, special?: Special): Promise<void> {
  const { rng } = life
  const { cal, end } = life.env
  const fate = special === 'unreasonable_refused' ? 'refused' : special ? 'solved' : rng.weighted({ solved: 86, refused: 6, withdrawn: 5 })
  if (fate === 'withdrawn') {
    const at = beforeDue(rng, workerHoursAfter(rng, life.at, 1, 18), life.row.due_at!, life.at)
    return life.step(at, () => life.act(worker.id, 'withdraw', { body: rng.pick(say.WITHDRAWALS) }))
  }
  const refuse = () =>
    life.act(cadre(life), 'refuse', rng.chance(0.5)
      ? { reasonCode: 'in_legal_process', body: '该纠纷已进入劳动仲裁程序，请按仲裁程序办理，工会可提供法律咨询。' }
      : { reasonCode: 'out_of_scope', body: '所反映事项不属于工会受理范围，建议拨打 12345 政务服务热线。' })
  if (fate === 'refused' && (special || rng.chance(0.6))) {
    await life.step(handlerTime(life, 30, 400), refuse)
    if (special) await life.step(officeMinutesAfter(cal, life.at, rng.int(60, 1200)), () => life.act(supervisor(life), 'mark_unreasonable', { body: UNREASONABLE[1]! }))
    return
  }
  const old = end.getTime() - life.at.getTime() > 7 * 86_400_000
  const late = old && !life.row.urgent && rng.chance(0.1)
  if (late) {
    // Nobody signed in time: the deadline job raised a 督办 a minute after the deadline.
    const due = life.row.due_at!
    await life.step(plusMinutes(due, rng.int(1, 3)), () => escalateOverdue(life.ctx, life.id))
    await life.step(officeMinutesAfter(cal, due, rng.int(30, 400)), () => life.act(cadre(life), 'acknowledge', {}))
  } else {
    await life.step(handlerTime(life, 10, 420), () => life.act(cadre(life), 'acknowledge', {}))
  }
  if (fate === 'refused') return life.step(handlerTime(life, 60, 600), refuse)
  if (special === 'unreasonable_answered') {
    await life.step(handlerTime(life, 60, 600), () => life.act(supervisor(life), 'mark_unreasonable', { body: UNREASONABLE[0]! }))
  }
  if (roomy(life) && rng.chance(0.3)) await life.step(handlerTime(life, 30, 400), () => life.act(cadre(life), 'reply', { body: rng.pick(say.REPLIES) }))
  if (roomy(life) && rng.chance(0.1)) {
    await life.step(handlerTime(life, 60, 600), () => life.act(cadre(life), 'request_info', { body: rng.pick(say.INFO_REQUESTS) }))
    await life.step(workerHoursAfter(rng, life.at, 3, 60), () => life.act(worker.id, 'supplement', { body: rng.pick(say.SUPPLEMENTS), attachmentIds: [] }))
  }
  if (roomy(life) && rng.chance(0.05)) await extension(life)
  await answer(life, category)
  const reopens = special === 'reopened_twice' ? 2 : rng.chance(0.08) ? 1 : 0
  for (let i = 0; i < reopens; i++) {
    await life.step(workerHoursAfter(rng, life.at, 4, 72), () => life.act(worker.id, 'reject', { body: say.REJECTIONS[i % say.REJECTIONS.length]! }))
    await answer(life, category)
  }
  if (special === 'unreasonable_answered' || rng.chance(0.14)) return silence(life, worker)
  await confirm(life, worker, reopens + (late ? 1 : 0))
}

async function extension(life: TicketLife): Promise<void> {
  const { rng } = life
  const days = rng.int(3, 5)
  await life.step(handlerTime(life, 200, 900), () => life.act(cadre(life), 'request_extension', { days, body: rng.pick(say.EXTENSION_REASONS) }))
  const decide = rng.chance(0.8)
    ? () => life.act(supervisor(life), 'approve_extension', { body: '同意延期，请抓紧办理。' })
    : () => life.act(supervisor(life), 'deny_extension', { body: '情况清楚，请按原期限答复。' })
  await life.step(handlerTime(life, 30, 300), decide)
}

/** Answered within a few working days; the last week's requests were dealt with briskly, so
 * only the last day or two's are still open. */
async function answer(life: TicketLife, category: GrievanceCategory): Promise<void> {
  const { rng } = life
  const recent = life.env.end.getTime() - life.at.getTime() < 6 * 86_400_000
  const at = recent ? handlerTime(life, 60, 420) : handlerTime(life, 240, 1800)
  await life.step(at, () => life.act(cadre(life), 'answer', { body: say.answerText(rng, category) }))
}
