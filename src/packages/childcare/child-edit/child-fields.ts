// The child form's fields, and how schema paths and stored consents map onto them.
import type { ChildProfile } from '../../../../types/api-childcare'
import { CHILD_CONSENT_VERSION, HEALTH_CONSENT_VERSION, type Gender } from '../../../../types/childcare'

export interface ChildFields {
  name: string
  gender: Gender | ''
  birthDate: string
  grade: number | null
  school: string
  emergencyName: string
  emergencyPhone: string
  healthNotes: string
  /** The guardian ticked CHILD_CONSENT_TEXT. */
  consent: boolean
  /** The guardian ticked HEALTH_CONSENT_TEXT (only needed with health notes). */
  healthConsent: boolean
}

export type FieldKey = 'name' | 'gender' | 'birthDate' | 'grade' | 'school' | 'emergencyName' | 'emergencyPhone' | 'healthNotes' | 'healthConsent' | 'consent'
export type FieldErrors = Partial<Record<FieldKey, string>>

/** Screen order: the first field with an error is scrolled into view. */
export const FIELD_ORDER: readonly FieldKey[] = ['name', 'gender', 'birthDate', 'grade', 'school', 'emergencyName', 'emergencyPhone', 'healthNotes', 'healthConsent', 'consent']
export const PATH_TO_FIELD: Record<string, FieldKey> = {
  name: 'name',
  gender: 'gender',
  birthDate: 'birthDate',
  grade: 'grade',
  school: 'school',
  emergencyName: 'emergencyName',
  emergencyPhone: 'emergencyPhone',
  healthNotes: 'healthNotes',
  healthConsentVersion: 'healthConsent',
  consentVersion: 'consent'
}

/** A stored consent counts as given only for the text shown now; an older one is asked again. */
export function initialFields(child: ChildProfile | null): ChildFields {
  if (!child) {
    return { name: '', gender: '', birthDate: '', grade: null, school: '', emergencyName: '', emergencyPhone: '', healthNotes: '', consent: false, healthConsent: false }
  }
  return {
    name: child.name,
    gender: child.gender,
    birthDate: child.birthDate,
    grade: child.grade,
    school: child.school,
    emergencyName: child.emergencyName,
    emergencyPhone: child.emergencyPhone,
    healthNotes: child.healthNotes,
    consent: child.consentVersion === CHILD_CONSENT_VERSION,
    healthConsent: child.healthConsentVersion === HEALTH_CONSENT_VERSION
  }
}
