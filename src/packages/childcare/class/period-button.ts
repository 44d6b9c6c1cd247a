import type { ClassDetail, ClassPhase, PeriodView } from '../../../../types/api-childcare'

export interface PeriodButton {
  label: string
  enabled: boolean
}

/** What one 班期's button says and whether it can be tapped now (phase by the server's clock). */
export function periodButton(cls: Pick<ClassDetail, 'allocationMode'>, period: Pick<PeriodView, 'availability'>, phase: ClassPhase): PeriodButton {
  if (phase === 'draft') return { label: '尚未发布', enabled: false }
  if (phase === 'upcoming') return { label: '未开始报名', enabled: false }
  if (phase === 'closed') return { label: '报名已截止', enabled: false }
  if (period.availability === 'full') return { label: '已满', enabled: false }
  if (period.availability === 'waitlist') return { label: '候补报名', enabled: true }
  return { label: cls.allocationMode === 'lottery' ? '报名参加抽签' : '报名', enabled: true }
}
