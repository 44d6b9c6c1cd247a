// Who handles a ticket of the demo history: the union above each union, the cadre who acts for
// a union, and the county's or district's 派单 (now and then followed by a township's 退单).
import type { TicketLife } from './history-life'
import * as say from './history-texts'
import { beforeDue, officeMinutesAfter } from './history-time'

/** The union above each union of the demo tree that handles tickets. */
const PARENT: Record<string, string> = {
  yl: 'nh', ty: 'nh', xd: 'nh', kd: 'nh', wy: 'nh', sd: 'yl', zt: 'kd', nh: 'nb', hs: 'nb', yz: 'nb', nm: 'hs', wm: 'yz'
}
const DISPATCH: Record<string, Record<string, number>> = { nh: { yl: 4, ty: 3, xd: 3, kd: 1, wy: 1 }, hs: { nm: 1 }, yz: { wm: 1 } }

/** The cadre acting for the union handling the ticket now, and one of the union above it. */
export const cadre = (life: TicketLife) => life.env.cadreOf[life.unionKey]!
export const supervisor = (life: TicketLife) => life.env.cadreOf[PARENT[life.unionKey]!]!

/** The county or district passes most requests down (派单); now and then the township sends one
 * back (退单) and it is dispatched again. */
export async function route(life: TicketLife, target: string): Promise<void> {
  const { rng } = life
  const to = DISPATCH[target]
  if (!to || !rng.chance(0.65)) return
  const first = rng.weighted(to)
  await dispatch(life, first)
  if (target !== 'nh' || !rng.chance(0.1)) return
  await life.step(beforeDue(rng, officeMinutesAfter(life.env.cal, life.at, rng.int(30, 300)), life.row.due_at!, life.at), () =>
    life.act(cadre(life), 'return', { reasonCode: 'wrong_area', body: '该单位注册地不在本辖区，请县总工会改派。' })
  )
  await dispatch(life, rng.pick(['yl', 'ty', 'xd'].filter((k) => k !== first)))
}

async function dispatch(life: TicketLife, to: string): Promise<void> {
  const { rng } = life
  const { cal } = life.env
  await life.step(beforeDue(rng, officeMinutesAfter(cal, life.at, rng.int(20, 300)), life.row.due_at!, life.at), () =>
    life.act(cadre(life), 'dispatch', { unionId: life.env.unions[to]!, body: rng.pick(say.DISPATCH_NOTES) })
  )
}
