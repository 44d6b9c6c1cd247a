import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { fetchUnreadCount } from '../services/notifications'
import { usePageReturn } from './use-page-return'

/** Position of 我的 in app.config's tabBar list. */
const MINE_TAB_INDEX = 1

export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread)
}

function showBadge(unread: number): void {
  // Fails when no tab bar is on screen (e.g. H5 opened on a subpackage page); the next show retries.
  const done = unread > 0
    ? Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text: badgeText(unread) })
    : Taro.removeTabBarBadge({ index: MINE_TAB_INDEX })
  Promise.resolve(done).catch(() => undefined)
}

/**
 * The unread message count, shown as a badge on the 我的 tab. Loaded when a tab page opens,
 * whenever it is shown again, and when the login changes; 0 (no badge) when logged out.
 */
export function useUnreadBadge(loggedIn: boolean): number {
  const [unread, setUnread] = useState(0)

  const refresh = useCallback(() => {
    if (!loggedIn) {
      setUnread(0)
      showBadge(0)
      return
    }
    fetchUnreadCount().then(
      (res) => {
        setUnread(res.unread)
        showBadge(res.unread)
      },
      () => undefined // offline: keep the last badge
    )
  }, [loggedIn])

  useEffect(refresh, [refresh])
  usePageReturn(refresh)

  return unread
}
