import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { EmptyState } from '../../../components/state-views'
import { TicketList } from '../../../components/ticket-list'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchInbox, type InboxFilter } from '../../../services/tickets'
import { cx } from '../../../utils/class-names'
import { loginUrl, WORKBENCH_DETAIL_PAGE, WORKBENCH_INBOX_PAGE, withQuery } from '../../../utils/routes'
import './index.scss'

const TABS: ReadonlyArray<{ status: InboxFilter; label: string; empty: string }> = [
  { status: 'submitted', label: '待受理', empty: '没有待受理的诉求' },
  { status: 'in_progress', label: '处理中', empty: '没有处理中的诉求' },
  { status: 'resolved', label: '待评价', empty: '没有等待职工评价的诉求' },
  { status: 'closed', label: '已办结', empty: '还没有办结的诉求' },
  { status: 'open', label: '全部未办结', empty: '所有诉求都已办结' }
]

function Inbox() {
  const [filter, setFilter] = useState<InboxFilter>('submitted')
  const fetchPage = useCallback((cursor: string | null) => fetchInbox(filter, cursor), [filter])
  const list = usePagedList(fetchPage)
  const tab = TABS.find((t) => t.status === filter) ?? TABS[0]

  useListPageRefresh(list)

  return (
    <View>
      <View className='status-tabs'>
        {TABS.map((t) => (
          <View
            key={t.status}
            id={`status-tab-${t.status}`}
            data-status={t.status}
            className={cx('status-tab', t.status === filter && 'status-tab--on')}
            onClick={() => setFilter(t.status)}
          >
            <Text>{t.label}</Text>
          </View>
        ))}
      </View>
      <TicketList list={list} emptyText={tab.empty} onOpen={(t) => void Taro.navigateTo({ url: withQuery(WORKBENCH_DETAIL_PAGE, { id: t.id }) })} />
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
          {user ? <View className='muted inbox-unions'>{user.cadreOf.map((u) => u.name).join('、')}</View> : null}
          <Inbox />
        </View>
      )}
    </PageShell>
  )
}
