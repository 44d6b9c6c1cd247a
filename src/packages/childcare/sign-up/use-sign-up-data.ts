import { useCallback, useEffect, useState } from 'react'
import type { ChildProfile, ClassDetail, PeriodView } from '../../../../types/api-childcare'
import { fetchChildren, fetchClass } from '../../../services/childcare'
import { errorMessage } from '../../../services/request'

export type SignUpData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cls: ClassDetail; period: PeriodView; children: ChildProfile[] }

export interface SignUpDataState {
  data: SignUpData
  reload: () => Promise<void>
  /** After adding or editing a child on another page. */
  reloadChildren: () => Promise<void>
}

/** The class and 班期 being signed up for, and my children to choose from. */
export function useSignUpData(classId: string, periodId: string): SignUpDataState {
  const [data, setData] = useState<SignUpData>({ status: 'loading' })

  const reload = useCallback(async () => {
    setData({ status: 'loading' })
    try {
      const [cls, children] = await Promise.all([fetchClass(classId), fetchChildren()])
      const period = cls.periods.find((p) => p.id === periodId)
      setData(period ? { status: 'ready', cls, period, children } : { status: 'error', message: '没有找到这个班期，请返回重新选择' })
    } catch (err) {
      setData({ status: 'error', message: errorMessage(err) })
    }
  }, [classId, periodId])

  const reloadChildren = useCallback(async () => {
    try {
      const children = await fetchChildren()
      setData((d) => (d.status === 'ready' ? { ...d, children } : d))
    } catch {
      // The list on screen stays; the parent can still pick from it.
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, reload, reloadChildren }
}
