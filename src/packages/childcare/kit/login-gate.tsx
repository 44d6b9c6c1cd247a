import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { EmptyState } from '../../../components/state-views'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { loginUrl } from '../../../utils/routes'

interface LoginGateProps {
  /** This page with its query, to come back to after login. */
  page: string
  children: ReactNode
}

/** Child details and sign-ups are personal: the body renders only for a logged-in person. */
export function LoginGate({ page, children }: LoginGateProps) {
  const { loggedIn } = useCurrentUser()
  if (!loggedIn) {
    return <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(page) })} />
  }
  return <>{children}</>
}
