import { useCallback, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { EmptyState } from '../../../components/state-views'
import { TicketList } from '../../../components/ticket-list'
import { UnionScopePicker } from '../../../components/union-scope-picker'
import { WorkbenchAlerts } from '../../../components/workbench-alerts'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchInbox, type InboxSort } from '../../../services/tickets'
import { loginUrl, WORKBENCH_DETAIL_PAGE, WORKBENCH_INBOX_PAGE, withQuery } from '../../../utils/routes'
import { ExportButton } from './export-button'
import { FilterBar } from './filter-bar'
import { FilterSheet } from './filter-sheet'
import { FILTERS, InboxControls, type InboxFilterKey } from './inbox-controls'
import { activeChips, inboxQuery, NO_FILTERS, type InboxFilters } from './inbox-filter'
import { InboxHeader } from './inbox-header'
import './index.scss'

/** Today in Shanghai (YYYY-MM-DD), the last day the date pickers offer. */
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

function Inbox({ ownUnions }: { ownUnions: string }) {
  const [filter, setFilter] = useState<InboxFilterKey>('open')
  const [sort, setSort] = useState<InboxSort>('created')
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS)
  const [sheet, setSheet] = useState<'filters' | 'union' | null>(null)
  const current = FILTERS.find((f) => f.key === filter) ?? FILTERS[0]
  const query = useMemo(() => inboxQuery({ ...current.query, sort }, filters), [current, sort, filters])
  const fetchPage = useCallback((cursor: string | null) => fetchInbox(query, cursor), [query])
  const list = usePagedList(fetchPage)
  const narrowed = activeChips(filters).length > 0

  useListPageRefresh(list)

  return (
    <View>
      <InboxHeader
        union={filters.union}
        ownUnions={ownUnions}
        onPickUnion={() => setSheet('union')}
        onLight={(light) => setFilters({ ...filters, light })}
      />
      <InboxControls filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
      <FilterBar filters={filters} onChange={setFilters} onOpenSheet={() => setSheet('filters')} />
      {list.status === 'ready' && list.items.length > 0 ? <ExportButton query={query} /> : null}
      <TicketList
        list={list}
        cardVariant='cadre'
        emptyText={narrowed ? '没有符合筛选条件的诉求' : current.empty}
        emptyActionText={narrowed ? '清除筛选' : undefined}
        onEmptyAction={narrowed ? () => setFilters(NO_FILTERS) : undefined}
        onOpen={(t) => void Taro.navigateTo({ url: withQuery(WORKBENCH_DETAIL_PAGE, { id: t.id }) })}
      />
      {sheet === 'filters' ? (
        <FilterSheet
          value={filters}
          today={shanghaiToday()}
          onClose={() => setSheet(null)}
          onApply={(f) => {
            setSheet(null)
            setFilters(f)
          }}
        />
      ) : null}
      {sheet === 'union' ? (
        <UnionScopePicker
          value={filters.union?.id ?? null}
          allowAll
          onClose={() => setSheet(null)}
          onPick={(union) => {
            setSheet(null)
            setFilters({ ...filters, union })
          }}
        />
      ) : null}
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
          <Inbox ownUnions={user ? user.cadreOf.map((u) => u.name).join('、') : ''} />
        </View>
      )}
    </PageShell>
  )
}
