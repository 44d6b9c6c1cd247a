import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageShell } from '../page-shell'
import { EmptyState, ErrorState, LoadingState } from '../state-views'
import { TicketDetailView, type DetailViewer } from '../ticket-detail-view'
import { usePageReturn } from '../../hooks/use-page-return'
import { useTicketDetail } from '../../hooks/use-ticket-detail'
import { WORKBENCH_INBOX_PAGE } from '../../utils/routes'

interface Props {
  className: string
  viewer: DetailViewer
}

/** A ticket page with loading, error and refresh, shared by the worker's and the cadre's detail pages. */
export function TicketDetailPage({ className, viewer }: Props) {
  const router = useRouter()
  const detail = useTicketDetail(router?.params.id ?? '')

  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // Back from login or another page: show the ticket as it is now.
  usePageReturn(() => {
    void detail.reload()
  })

  return (
    <PageShell className={className}>
      {detail.notice ? <View className='notice detail-notice'>{detail.notice}</View> : null}
      {detail.status === 'loading' ? <LoadingState /> : null}
      {detail.status === 'error' ? <ErrorState message={detail.error} onRetry={() => void detail.reload()} /> : null}
      {detail.status === 'gone' ? (
        <View className='handed-over'>
          <EmptyState text={detail.goneText} actionText='返回工作台' onAction={() => void Taro.redirectTo({ url: WORKBENCH_INBOX_PAGE })} />
        </View>
      ) : null}
      {detail.status === 'ready' && detail.ticket ? <TicketDetailView ticket={detail.ticket} viewer={viewer} onAction={detail.runAction} onReload={detail.reload} /> : null}
    </PageShell>
  )
}
