// Demo 法律援助: the county union's station with the demo lawyer on duty every weekday morning
// (in person) and Wednesday afternoon (by phone), and one sample wage-arrears case already
// assigned, so the lawyer's list is not empty.
import { LEGAL_CONSENT_VERSION } from '../../types/legal-aid'
import type { Tx } from '../db/pool'
import { submitLegalAid } from '../legal-aid/submit-legal-aid'
import { takeAction } from '../tickets/take-action'
import type { WorkflowCtx } from '../tickets/workflow-ctx'

export async function seedLegalAidStation(tx: Tx, unions: Record<string, string>, users: Record<string, string>): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO legal_stations (union_id, name, address, phone, lat, lng)
     VALUES ($1, '宁海县总工会职工法律援助站', '宁海县跃龙街道时代大道 268 号职工服务中心二楼', '0574-65512351', 29.2896, 121.4321)
     RETURNING id`,
    [unions.nh]
  )
  const stationId = rows[0]!.id
  await tx.query('INSERT INTO station_lawyers (station_id, user_id) VALUES ($1, $2)', [stationId, users.lawyer])
  for (const weekday of [1, 2, 3, 4, 5]) {
    await tx.query(
      `INSERT INTO duty_slots (station_id, weekday, start_time, end_time, lawyer_id, mode, place)
       VALUES ($1, $2, '09:00', '11:30', $3, 'in_person', '职工服务中心二楼 法律援助室')`,
      [stationId, weekday, users.lawyer]
    )
  }
  await tx.query(
    `INSERT INTO duty_slots (station_id, weekday, start_time, end_time, lawyer_id, mode, place)
     VALUES ($1, 3, '14:00', '16:00', $2, 'phone', '0574-65512351')`,
    [stationId, users.lawyer]
  )
  return stationId
}

export async function sampleLegalAid(ctx: WorkflowCtx, stationId: string, users: Record<string, string>): Promise<void> {
  const noUrls = () => ''
  const { ticket } = await submitLegalAid(
    ctx,
    users.worker!,
    {
      clientRequestId: 'seed-legal-0001',
      stationId,
      caseType: 'wage_arrears',
      description: '2026 年 8 月至 10 月在宁海某物流公司做分拣，三个月工资共 15600 元一直没发，公司说等回款再说，多次催要无果。',
      employer: '宁海县某物流有限公司',
      amountInDispute: 15600,
      since: '2026-08',
      helpWanted: 'mediation',
      contactPhone: '13805741234',
      hardship: true,
      hardshipNote: '家中有两个孩子上学，停发工资后无收入',
      evidenceIds: [],
      consentVersion: LEGAL_CONSENT_VERSION
    },
    noUrls
  )
  await takeAction(ctx, users['cadre-county']!, ticket.id, 'assign_lawyer', { lawyerId: users.lawyer!, body: '' }, noUrls)
}
