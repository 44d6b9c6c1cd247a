import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { LegalCaseListItem } from '../../../../types/api-legal-aid'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList, type PagedList } from '../../../hooks/use-paged-list'
import { fetchMyCases, type CaseScope } from '../../../services/legal-aid-cases'
import { LEGAL_AID_CASES_PAGE, loginUrl, WORKBENCH_DETAIL_PAGE, withQuery } from '../../../utils/routes'
import { CaseCard } from './case-card'
import { CaseTabs } from './case-tabs'
import './index.scss'

function emptyText(scope: CaseScope, open: boolean): string {
  const whose = scope === 'mine' ? '您承办的' : '本站'
  return open ? `${whose}没有办理中的案件` : `${whose}还没有已结案的案件`
}

function CaseList({ list, scope, open }: { list: PagedList<LegalCaseListItem>; scope: CaseScope; open: boolean }) {
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error') return <ErrorState message={list.error} onRetry={() => void list.reload()} />
  if (list.items.length === 0) return <EmptyState text={emptyText(scope, open)} />
  // The workbench detail shows any ticket the viewer may see, in the staff view (deadline,
  // requester, internal notes) — for a station's lawyer as for a cadre.
  const openCase = (item: LegalCaseListItem) => void Taro.navigateTo({ url: withQuery(WORKBENCH_DETAIL_PAGE, { id: item.id }) })
  return (
    <View className='case-list'>
      {list.items.map((item) => (
        <CaseCard key={item.id} item={item} showLawyer={scope === 'station'} onOpen={openCase} />
      ))}
      <View className='list-footer'>
        {list.loadMoreError ? <View className='field-error list-footer-error'>{list.loadMoreError}</View> : null}
        {list.hasMore ? (
          <AppButton className='btn btn--plain btn--block load-more-btn' disabled={list.loadingMore} onClick={() => void list.loadMore()}>
            {list.loadingMore ? '加载中…' : '加载更多'}
          </AppButton>
        ) : (
          <View className='muted list-end'>没有更多了</View>
        )}
      </View>
    </View>
  )
}

function Cases() {
  const [scope, setScope] = useState<CaseScope>('mine')
  const [open, setOpen] = useState(true)
  const fetchPage = useCallback((cursor: string | null) => fetchMyCases({ scope, open, cursor }), [scope, open])
  const list = usePagedList(fetchPage)
  useListPageRefresh(list)

  return (
    <View>
      <CaseTabs scope={scope} open={open} onScope={setScope} onOpen={setOpen} />
      <CaseList list={list} scope={scope} open={open} />
    </View>
  )
}

/** 律师工作台: the cases a duty lawyer handles, and those of their stations. */
export default function LegalCasesPage() {
  const { user, loggedIn } = useCurrentUser()
  return (
    <PageShell className='legal-cases'>
      {!loggedIn ? (
        <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(LEGAL_AID_CASES_PAGE) })} />
      ) : !user ? (
        <LoadingState />
      ) : !user.isLawyer ? (
        <EmptyState text='律师工作台仅限法律援助站律师使用' />
      ) : (
        <Cases />
      )}
    </PageShell>
  )
}
