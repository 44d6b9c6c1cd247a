import Taro, { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, LoadingState } from '../../../components/state-views'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { DASHBOARD_PAGE, loginUrl, withQuery } from '../../../utils/routes'
import { DashboardView } from './dashboard-view'
import './index.scss'

/** 工作台数据: how a union subtree is doing and what is about to go wrong, for cadres. */
export default function DashboardPage() {
  const { params } = useRouter()
  const { user, loggedIn, isCadre } = useCurrentUser()
  const unionId = params.unionId ?? ''
  const here = withQuery(DASHBOARD_PAGE, { unionId })

  let body
  if (!loggedIn) body = <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(here) })} />
  else if (!user) body = <LoadingState />
  else if (!isCadre) body = <EmptyState text='工作台仅限工会干部使用' />
  else body = <DashboardView initialUnion={unionId ? { id: unionId, name: '' } : null} />
  return <PageShell className='dashboard'>{body}</PageShell>
}
