import type { ClassAdminView, ClassCard, ClassDetail, ClassPhase, PeriodView } from '../../types/api-childcare'
import type { ClassRow, PeriodCounts, PeriodRow } from './class-repo'

export function phaseOf(c: Pick<ClassRow, 'published_at' | 'opens_at' | 'closes_at'>, now: Date): ClassPhase {
  if (!c.published_at) return 'draft'
  if (now < c.opens_at) return 'upcoming'
  return now < c.closes_at ? 'open' : 'closed'
}

/** A lottery takes applications without limit until the draw; after it, and always for 先到先得,
 * the counters decide. */
export function toPeriodView(p: PeriodRow, c: Pick<ClassRow, 'allocation_mode' | 'drawn_at'>): PeriodView {
  const seatsLeft = Math.max(0, p.capacity - p.taken)
  const applying = c.allocation_mode === 'lottery' && !c.drawn_at
  const availability = applying || seatsLeft > 0 ? 'seats' : p.waiting < p.waitlist_limit ? 'waitlist' : 'full'
  return {
    id: p.id,
    name: p.name,
    startDate: p.start_date,
    endDate: p.end_date,
    dailyStart: p.daily_start,
    dailyEnd: p.daily_end,
    capacity: p.capacity,
    seatsLeft,
    waitlistCount: p.waiting,
    availability
  }
}

export function toClassCard(c: ClassRow, now: Date): ClassCard {
  return {
    id: c.id,
    title: c.title,
    union: { id: c.union_id, name: c.union_name },
    season: c.season,
    address: c.address,
    ageMin: c.age_min,
    ageMax: c.age_max,
    gradeMin: c.grade_min,
    gradeMax: c.grade_max,
    fee: c.fee,
    allocationMode: c.allocation_mode,
    opensAt: c.opens_at.toISOString(),
    closesAt: c.closes_at.toISOString(),
    drawAt: c.draw_at?.toISOString() ?? null,
    phase: phaseOf(c, now),
    periods: c.periods.map((p) => toPeriodView(p, c))
  }
}

export function toClassDetail(c: ClassRow, now: Date): ClassDetail {
  return {
    ...toClassCard(c, now),
    description: c.description,
    latitude: c.latitude,
    longitude: c.longitude,
    bring: c.bring,
    priorityGroups: c.priority_groups,
    reviewRequired: c.review_required,
    onePeriodPerChild: c.one_period_per_child,
    claimHours: c.claim_hours,
    cancelCutoffHours: c.cancel_cutoff_hours,
    attendanceThreshold: c.attendance_threshold,
    waitlistLimit: c.waitlist_limit,
    drawnAt: c.drawn_at?.toISOString() ?? null,
    serverTime: now.toISOString()
  }
}

export function toAdminView(c: ClassRow, counts: readonly PeriodCounts[], now: Date): ClassAdminView {
  const detail = toClassDetail(c, now)
  return {
    ...detail,
    periods: detail.periods.map((p) => {
      const n = counts.find((x) => x.period_id === p.id)
      return { ...p, held: n?.held ?? 0, pendingReview: n?.pending_review ?? 0, offered: n?.offered ?? 0 }
    })
  }
}
