import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useLargeText } from '../../hooks/use-large-text'
import { cx } from '../../utils/class-names'

interface PageShellProps {
  className?: string
}

/** Root of every page: applies the page background and 大字模式 (`.page--large`). */
export function PageShell({ className, children }: PropsWithChildren<PageShellProps>) {
  const large = useLargeText()
  return <View className={cx('page', large && 'page--large', className)}>{children}</View>
}
