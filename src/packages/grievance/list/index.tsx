import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { TicketList } from '../../../components/ticket-list'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchMyTickets } from '../../../services/tickets'
import type { TicketSummary } from '../../../../types/api'
import { CHILDCARE_ENROLMENT_PAGE, GRIEVANCE_DETAIL_PAGE, GRIEVANCE_NEW_PAGE, withQuery } from '../../../utils/routes'

/** A 托班 sign-up has no workflow detail: it opens in the 托班 subpackage's enrolment page. */
function detailUrl(t: TicketSummary): string {
  return withQuery(t.kind === 'childcare' ? CHILDCARE_ENROLMENT_PAGE : GRIEVANCE_DETAIL_PAGE, { id: t.id })
}

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
        onOpen={(t) => void Taro.navigateTo({ url: detailUrl(t) })}
      />
    </PageShell>
  )
}
