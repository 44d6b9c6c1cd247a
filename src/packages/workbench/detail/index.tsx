import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { TicketDetailView } from '../../../components/ticket-detail-view'
import { usePageReturn } from '../../../hooks/use-page-return'
import { useTicketDetail } from '../../../hooks/use-ticket-detail'

export default function WorkbenchDetailPage() {
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
    <PageShell className='workbench-detail'>
      {detail.notice ? <View className='notice detail-notice'>{detail.notice}</View> : null}
      {detail.status === 'loading' ? <LoadingState /> : null}
      {detail.status === 'error' ? <ErrorState message={detail.error} onRetry={() => void detail.reload()} /> : null}
      {detail.status === 'ready' && detail.ticket ? <TicketDetailView ticket={detail.ticket} viewer='cadre' onAction={detail.runAction} /> : null}
    </PageShell>
  )
}
