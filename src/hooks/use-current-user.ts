import { useCallback, useEffect, useState } from 'react'
import type { CurrentUser } from '../../types/api'
import { fetchMe } from '../services/auth'
import { getCachedUser, isLoggedIn, onSessionChange } from '../services/session'
import { usePageReturn } from './use-page-return'

export interface CurrentUserState {
  user: CurrentUser | null
  loggedIn: boolean
  isCadre: boolean
  refresh: () => void
}

/**
 * The logged-in person as last known on this device, refreshed from the server when the page
 * opens and whenever it is shown again. A 401 clears the session (see services/request).
 */
export function useCurrentUser(): CurrentUserState {
  const [user, setUser] = useState<CurrentUser | null>(getCachedUser)
  const [loggedIn, setLoggedIn] = useState(isLoggedIn)

  const refresh = useCallback(() => {
    setLoggedIn(isLoggedIn())
    setUser(getCachedUser())
    if (!isLoggedIn()) return
    fetchMe().then(setUser, () => {
      // Offline: keep showing the cached user; a 401 has already cleared the session.
      setLoggedIn(isLoggedIn())
    })
  }, [])

  useEffect(() => {
    refresh()
    return onSessionChange((u) => {
      setUser(u)
      setLoggedIn(isLoggedIn())
    })
  }, [refresh])

  usePageReturn(refresh)

  return { user, loggedIn, isCadre: (user?.cadreOf.length ?? 0) > 0, refresh }
}
