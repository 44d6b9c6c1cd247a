import { useEffect, useState } from 'react'
import { getLargeText, onLargeTextChange } from '../services/prefs'

/** Whether 大字模式 is on; follows changes made on any page. */
export function useLargeText(): boolean {
  const [on, setOn] = useState(getLargeText)
  useEffect(() => {
    setOn(getLargeText())
    return onLargeTextChange(setOn)
  }, [])
  return on
}
