import type { ActionResponse, TicketHandedOver } from '../../types/api'
import type { TicketAction } from '../../types/enums'

/** The action took the ticket out of the actor's unions (退单 / 转办): only where it went is known. */
export function isHandedOver(response: ActionResponse): response is TicketHandedOver {
  return 'handedOver' in response && response.handedOver === true
}

/** `已退回宁海县总工会` / `已转至桃源街道总工会` / `已交由…办理`. */
export function handedOverText(action: TicketAction, to: TicketHandedOver): string {
  if (action === 'return') return `已退回${to.currentUnion.name}`
  if (action === 'transfer') return `已转至${to.currentUnion.name}`
  return `已交由${to.currentUnion.name}办理`
}
