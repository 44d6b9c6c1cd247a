// The login session: the opaque token the server issued and the last known user, both kept
// in storage so a restarted app is still logged in.
import type { CurrentUser, SessionResponse } from '../../types/api'
import { createSignal, readStorage, removeStorage, writeStorage } from './storage'

const TOKEN_KEY = 'nj.session.token'
const USER_KEY = 'nj.session.user'

const changed = createSignal<CurrentUser | null>()

function isCurrentUser(value: unknown): value is CurrentUser {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.displayName === 'string' && Array.isArray(v.cadreOf)
}

export function getToken(): string {
  const t = readStorage(TOKEN_KEY)
  return typeof t === 'string' ? t : ''
}

export function isLoggedIn(): boolean {
  return getToken() !== ''
}

export function getCachedUser(): CurrentUser | null {
  if (!isLoggedIn()) return null
  const u = readStorage(USER_KEY)
  return isCurrentUser(u) ? u : null
}

export function saveSession(session: SessionResponse): void {
  writeStorage(TOKEN_KEY, session.token)
  writeStorage(USER_KEY, session.user)
  changed.emit(session.user)
}

export function saveUser(user: CurrentUser): void {
  writeStorage(USER_KEY, user)
  changed.emit(user)
}

export function clearSession(): void {
  removeStorage(TOKEN_KEY)
  removeStorage(USER_KEY)
  changed.emit(null)
}

export const onSessionChange = changed.subscribe
