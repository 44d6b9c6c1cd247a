import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import type { CurrentUser } from '../../../../types/api'
import { LoadingState, EmptyState } from '../../../components/state-views'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { loginUrl } from '../../../utils/routes'
import './admin-kit.scss'

interface CadreGateProps {
  /** This page's path, to come back to after login. */
  page: string
  children: (user: CurrentUser) => ReactNode
}

/** Renders the page body only for a logged-in union cadre. */
export function CadreGate({ page, children }: CadreGateProps) {
  const { user, loggedIn, isCadre } = useCurrentUser()
  if (!loggedIn) {
    return <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(page) })} />
  }
  if (!user) return <LoadingState />
  if (!isCadre) return <EmptyState text='仅限工会干部使用' />
  return <>{children(user)}</>
}
