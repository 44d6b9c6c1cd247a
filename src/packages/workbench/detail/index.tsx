import { TicketDetailPage } from '../../../components/ticket-detail-page'

export default function WorkbenchDetailPage() {
  return <TicketDetailPage className='workbench-detail' viewer='cadre' />
}
