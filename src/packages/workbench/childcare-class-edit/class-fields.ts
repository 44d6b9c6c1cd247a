// The class form's state (strings, as typed) and its conversion to the shared schema's input.
import type { ClassAdminView } from '../../../../types/api-childcare'
import type { AllocationMode, PriorityGroup } from '../../../../types/childcare'
import type { ClassInput } from '../../../../types/schemas/childcare'

export interface PeriodFields {
  name: string
  startDate: string
  endDate: string
  dailyStart: string
  dailyEnd: string
  capacity: string
}

export interface ClassFields {
  unionId: string
  title: string
  season: string
  address: string
  latitude: string
  longitude: string
  description: string
  rangeKind: 'age' | 'grade'
  ageMin: string
  ageMax: string
  gradeMin: string
  gradeMax: string
  fee: string
  bring: string
  priorityGroups: PriorityGroup[]
  allocationMode: AllocationMode
  opensDate: string
  opensTime: string
  closesDate: string
  closesTime: string
  drawDate: string
  drawTime: string
  reviewRequired: boolean
  onePeriodPerChild: boolean
  claimHours: string
  cancelCutoffHours: string
  attendanceThreshold: string
  waitlistLimit: string
  periods: PeriodFields[]
}

const DAY = 86_400_000
/** Shanghai wall clock of an instant: [YYYY-MM-DD, HH:MM]. */
export function shanghai(at: Date | string): [string, string] {
  const iso = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString()
  return [iso.slice(0, 10), iso.slice(11, 16)]
}
const dayAfter = (now: Date, days: number) => shanghai(new Date(now.getTime() + days * DAY))[0]

export function newPeriod(n: number, now: Date): PeriodFields {
  return { name: `第${'一二三四五六七八九十'[n] ?? n + 1}期`, startDate: dayAfter(now, 14 + n * 14), endDate: dayAfter(now, 25 + n * 14), dailyStart: '08:30', dailyEnd: '17:00', capacity: '30' }
}

/** A new class: sign-up opens tomorrow 09:00 for a week; the first period two weeks out. */
export function emptyFields(unionId: string, now: Date): ClassFields {
  return {
    unionId, title: '', season: '', address: '', latitude: '', longitude: '', description: '', rangeKind: 'age',
    ageMin: '6', ageMax: '12', gradeMin: '', gradeMax: '', fee: '0', bring: '', priorityGroups: [], allocationMode: 'first_come',
    opensDate: dayAfter(now, 1), opensTime: '09:00', closesDate: dayAfter(now, 8), closesTime: '18:00', drawDate: dayAfter(now, 9), drawTime: '10:00',
    reviewRequired: false, onePeriodPerChild: true, claimHours: '24', cancelCutoffHours: '24', attendanceThreshold: '70', waitlistLimit: '20',
    periods: [newPeriod(0, now)]
  }
}

const text = (n: number | null) => (n === null ? '' : String(n))

export function fromView(v: ClassAdminView): ClassFields {
  const [opensDate, opensTime] = shanghai(v.opensAt)
  const [closesDate, closesTime] = shanghai(v.closesAt)
  const [drawDate, drawTime] = v.drawAt ? shanghai(v.drawAt) : ['', '']
  return {
    unionId: v.union.id, title: v.title, season: v.season, address: v.address, latitude: text(v.latitude), longitude: text(v.longitude),
    description: v.description, rangeKind: v.ageMin !== null ? 'age' : 'grade', ageMin: text(v.ageMin), ageMax: text(v.ageMax),
    gradeMin: text(v.gradeMin), gradeMax: text(v.gradeMax), fee: String(v.fee), bring: v.bring, priorityGroups: v.priorityGroups,
    allocationMode: v.allocationMode, opensDate, opensTime, closesDate, closesTime, drawDate, drawTime, reviewRequired: v.reviewRequired,
    onePeriodPerChild: v.onePeriodPerChild, claimHours: String(v.claimHours), cancelCutoffHours: String(v.cancelCutoffHours),
    attendanceThreshold: String(v.attendanceThreshold), waitlistLimit: String(v.waitlistLimit),
    periods: v.periods.map((p) => ({ name: p.name, startDate: p.startDate, endDate: p.endDate, dailyStart: p.dailyStart, dailyEnd: p.dailyEnd, capacity: String(p.capacity) }))
  }
}

/** '' → undefined (the schema says what is missing); anything else must be a plain number. */
const num = (s: string): number | undefined => (s.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : Number.NaN)
const orNull = (s: string): number | null => (s.trim() === '' ? null : (num(s) ?? null))
const instant = (date: string, time: string) => (date && time ? `${date.trim()}T${time.trim()}:00+08:00` : '')

export function toInput(f: ClassFields): ClassInput {
  const age = f.rangeKind === 'age'
  return {
    unionId: f.unionId, title: f.title, season: f.season, address: f.address, latitude: orNull(f.latitude), longitude: orNull(f.longitude),
    description: f.description, ageMin: age ? orNull(f.ageMin) : null, ageMax: age ? orNull(f.ageMax) : null,
    gradeMin: age ? null : orNull(f.gradeMin), gradeMax: age ? null : orNull(f.gradeMax), fee: num(f.fee), bring: f.bring,
    priorityGroups: f.priorityGroups, allocationMode: f.allocationMode, opensAt: instant(f.opensDate, f.opensTime),
    closesAt: instant(f.closesDate, f.closesTime), drawAt: f.allocationMode === 'lottery' ? instant(f.drawDate, f.drawTime) || null : null,
    reviewRequired: f.reviewRequired, onePeriodPerChild: f.onePeriodPerChild, claimHours: num(f.claimHours), cancelCutoffHours: num(f.cancelCutoffHours),
    attendanceThreshold: num(f.attendanceThreshold), waitlistLimit: num(f.waitlistLimit),
    periods: f.periods.map((p) => ({ name: p.name, startDate: p.startDate.trim(), endDate: p.endDate.trim(), dailyStart: p.dailyStart.trim(), dailyEnd: p.dailyEnd.trim(), capacity: num(p.capacity) as number }))
  }
}
