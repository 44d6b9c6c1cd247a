import { useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/**
 * Runs `fn` when the page becomes visible again after having been hidden (back from another
 * page, tab switch, app brought to the foreground). The first show is the mount, which pages
 * handle themselves, so data is never loaded twice on open.
 */
export function usePageReturn(fn: () => void): void {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    fn()
  })
}
