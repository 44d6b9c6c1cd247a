import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { AttendanceSheet } from '../../../../types/api-childcare'
import { fetchAttendance, saveAttendance } from '../../../services/childcare-admin'
import { errorMessage } from '../../../services/request'

export type Marks = Record<string, boolean>

/** The tick list of one day: loaded marks, local changes, and a save that keeps them on failure. */
export function useAttendance(periodId: string, date: string) {
  const [sheet, setSheet] = useState<AttendanceSheet | null>(null)
  const [error, setError] = useState('')
  const [marks, setMarks] = useState<Marks>({})
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)

  const load = useCallback(async () => {
    setSheet(null)
    setError('')
    try {
      const s = await fetchAttendance(periodId, date)
      setSheet(s)
      setMarks(Object.fromEntries(s.entries.filter((e) => e.present !== null).map((e) => [e.enrolmentId, e.present === true])))
      setSaved(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }, [periodId, date])
  useEffect(() => {
    void load()
  }, [load])

  const toggle = (id: string) => {
    setMarks((m) => ({ ...m, [id]: !(m[id] ?? false) }))
    setSaved(false)
  }
  const allPresent = () => {
    setMarks(Object.fromEntries((sheet?.entries ?? []).map((e) => [e.enrolmentId, true])))
    setSaved(false)
  }
  const save = async () => {
    const list = Object.entries(marks).map(([enrolmentId, present]) => ({ enrolmentId, present }))
    if (saving || list.length === 0) {
      if (list.length === 0) void Taro.showToast({ title: '请先勾选出勤', icon: 'none' })
      return
    }
    setSaving(true)
    try {
      setSheet(await saveAttendance(periodId, date, { marks: list }))
      setSaved(true)
      void Taro.showToast({ title: '考勤已保存', icon: 'success' })
    } catch (err) {
      // The ticks stay as they are, so nothing has to be entered again.
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setSaving(false)
    }
  }
  return { sheet, error, marks, saving, saved, reload: load, toggle, allPresent, save }
}
