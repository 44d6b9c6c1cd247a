import { PageShell } from '../../../components/page-shell'
import { WORKBENCH_DUTY_ROSTER_PAGE } from '../../../utils/routes'
import { CadreGate } from '../admin-kit/cadre-gate'
import { RosterManager } from './roster-manager'
import './index.scss'

/** 法律援助值班表: the weekly duty slots of the stations the cadre's unions run. */
export default function DutyRosterPage() {
  return (
    <PageShell className='duty-roster'>
      <CadreGate page={WORKBENCH_DUTY_ROSTER_PAGE}>{() => <RosterManager />}</CadreGate>
    </PageShell>
  )
}
