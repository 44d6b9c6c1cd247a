// Words and numbers for 爱心托班 pages: ranges, seats, countdowns and sign-up answers.
import type { ClassCard, ClassPhase, EnrolmentView, PeriodView } from '../../types/api-childcare'
import { ENROLMENT_STATE_LABELS, SCHOOL_GRADE_LABELS, type SchoolGrade } from '../../types/childcare'
import { formatDate } from './date'

export function gradeLabel(grade: number): string {
  return SCHOOL_GRADE_LABELS[grade as SchoolGrade] ?? `${grade} 年级`
}

/** `3–6 岁 · 一年级–三年级`; either part may be missing. */
export function rangeText(c: Pick<ClassCard, 'ageMin' | 'ageMax' | 'gradeMin' | 'gradeMax'>): string {
  const parts: string[] = []
  if (c.ageMin !== null && c.ageMax !== null) parts.push(c.ageMin === c.ageMax ? `${c.ageMin} 岁` : `${c.ageMin}–${c.ageMax} 岁`)
  if (c.gradeMin !== null && c.gradeMax !== null) {
    parts.push(c.gradeMin === c.gradeMax ? gradeLabel(c.gradeMin) : `${gradeLabel(c.gradeMin)}–${gradeLabel(c.gradeMax)}`)
  }
  return parts.length ? parts.join(' · ') : '不限'
}

export function feeText(fee: number): string {
  return fee === 0 ? '免费' : `${fee} 元`
}

/** `7月6日 周一 – 7月17日 周五`. */
export function periodDates(p: Pick<PeriodView, 'startDate' | 'endDate'>): string {
  return p.startDate === p.endDate ? formatDate(p.startDate) : `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`
}

export function periodHours(p: Pick<PeriodView, 'dailyStart' | 'dailyEnd'>): string {
  return `每天 ${p.dailyStart}–${p.dailyEnd}`
}

/** 余 N 席 / 可候补 / 已满, as the seat counters say now. */
export function seatsText(p: Pick<PeriodView, 'availability' | 'seatsLeft'>): string {
  if (p.availability === 'seats') return `余 ${p.seatsLeft} 席`
  return p.availability === 'waitlist' ? '可候补' : '已满'
}

/**
 * The phase by the server's clock: the server's own `phase` is only true at `serverTime`, and a
 * page left open must open itself when the time comes.
 */
export function phaseAt(c: Pick<ClassCard, 'phase' | 'opensAt' | 'closesAt'>, now: number): ClassPhase {
  if (c.phase === 'draft') return 'draft'
  if (now < Date.parse(c.opensAt)) return 'upcoming'
  return now < Date.parse(c.closesAt) ? 'open' : 'closed'
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `2 天 03:12:05` / `00:04:59`; never negative. */
export function countdownText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const days = Math.floor(total / 86_400)
  const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
  return days > 0 ? `${days} 天 ${clock}` : clock
}

/** What a sign-up got, said the moment the server answers. */
export function signUpAnswerText(v: Pick<EnrolmentView, 'state' | 'waitlistPosition'>): string {
  switch (v.state) {
    case 'held':
      return '报名成功'
    case 'pending_review':
      return '待审核'
    case 'applied':
      return '已提交待抽签'
    case 'waitlisted':
      return v.waitlistPosition !== null ? `候补第 ${v.waitlistPosition} 位` : '已进入候补'
    default:
      return ENROLMENT_STATE_LABELS[v.state]
  }
}

/** Whole years between a YYYY-MM-DD birth date and `now`. */
export function ageOn(birthDate: string, now: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const beforeBirthday = now.getMonth() + 1 < mo || (now.getMonth() + 1 === mo && now.getDate() < d)
  return now.getFullYear() - y - (beforeBirthday ? 1 : 0)
}

/** `2018年3月5日`: a birth date always with its year, and without a weekday nobody needs. */
export function birthDateText(birthDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}
