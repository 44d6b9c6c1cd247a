import { useEffect, useMemo, useState } from 'react'

/**
 * "Now" by the server's clock: the `serverTime` of the last answer plus the time that has passed
 * on the phone since it arrived. A phone set to the wrong time thus neither opens a sign-up early
 * nor keeps it shut. Re-renders every second while `ticking` (a countdown is on screen).
 */
export function useServerClock(serverTime: string | null | undefined, ticking: boolean): number {
  // Measured once per answer; every later reading adds only the phone's elapsed time.
  const offset = useMemo(() => {
    const server = serverTime ? Date.parse(serverTime) : NaN
    return Number.isNaN(server) ? 0 : server - Date.now()
  }, [serverTime])
  const [, setTicks] = useState(0)

  useEffect(() => {
    if (!ticking) return undefined
    const timer = setInterval(() => setTicks((n) => n + 1), 1000)
    return () => clearInterval(timer)
  }, [ticking])

  // Read at render time, so the first frame after an answer already uses the new offset.
  return Date.now() + offset
}
