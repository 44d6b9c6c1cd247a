import { PageShell } from '../../../components/page-shell'
import { CadreGate } from '../admin-kit/cadre-gate'
import { CalendarView } from './calendar-view'
import './index.scss'

const PAGE = '/packages/workbench/calendar/index'

export default function CalendarPage() {
  return (
    <PageShell className='calendar'>
      <CadreGate page={PAGE}>{() => <CalendarView />}</CadreGate>
    </PageShell>
  )
}
