import { TicketDetailPage } from '../../../components/ticket-detail-page'

export default function GrievanceDetailPage() {
  return <TicketDetailPage className='grievance-detail' viewer='requester' />
}
