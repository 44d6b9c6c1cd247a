import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { TicketList } from '../../../components/ticket-list'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchMyTickets } from '../../../services/tickets'
import { GRIEVANCE_DETAIL_PAGE, GRIEVANCE_NEW_PAGE, withQuery } from '../../../utils/routes'

export default function GrievanceListPage() {
  const fetchPage = useCallback((cursor: string | null) => fetchMyTickets(cursor), [])
  const list = usePagedList(fetchPage)

  useListPageRefresh(list)

  return (
    <PageShell className='grievance-list'>
      <TicketList
        list={list}
        emptyText='您还没有提交过诉求'
        emptyActionText='我要说事'
        onEmptyAction={() => void Taro.navigateTo({ url: GRIEVANCE_NEW_PAGE })}
        onOpen={(t) => void Taro.navigateTo({ url: withQuery(GRIEVANCE_DETAIL_PAGE, { id: t.id }) })}
      />
    </PageShell>
  )
}
