import { useCallback, useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { EmptyState } from '../../../components/state-views'
import { TicketList } from '../../../components/ticket-list'
import { WorkbenchAlerts } from '../../../components/workbench-alerts'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchInbox, type InboxSort } from '../../../services/tickets'
import { loginUrl, WORKBENCH_DETAIL_PAGE, WORKBENCH_INBOX_PAGE, withQuery } from '../../../utils/routes'
import { FILTERS, InboxControls, type InboxFilterKey } from './inbox-controls'
import './index.scss'

function Inbox() {
  const [filter, setFilter] = useState<InboxFilterKey>('open')
  const [sort, setSort] = useState<InboxSort>('created')
  const current = FILTERS.find((f) => f.key === filter) ?? FILTERS[0]
  const fetchPage = useCallback((cursor: string | null) => fetchInbox({ ...current.query, sort }, cursor), [current, sort])
  const list = usePagedList(fetchPage)

  useListPageRefresh(list)

  return (
    <View>
      <InboxControls filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
      <TicketList
        list={list}
        cardVariant='cadre'
        emptyText={current.empty}
        onOpen={(t) => void Taro.navigateTo({ url: withQuery(WORKBENCH_DETAIL_PAGE, { id: t.id }) })}
      />
    </View>
  )
}

export default function WorkbenchInboxPage() {
  const { loggedIn, user, isCadre } = useCurrentUser()

  return (
    <PageShell className='workbench-inbox'>
      {!loggedIn ? (
        <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(WORKBENCH_INBOX_PAGE) })} />
      ) : user && !isCadre ? (
        <EmptyState text='工作台仅限工会干部使用' />
      ) : (
        <View>
          <WorkbenchAlerts />
          {user ? <View className='muted inbox-unions'>{user.cadreOf.map((u) => u.name).join('、')}</View> : null}
          <Inbox />
        </View>
      )}
    </PageShell>
  )
}
