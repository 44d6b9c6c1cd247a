import { PageShell } from '../../../components/page-shell'
import { CadreGate } from '../admin-kit/cadre-gate'
import { PolicyManager } from './policy-manager'
import './index.scss'

const PAGE = '/packages/workbench/deadlines/index'

export default function DeadlinesPage() {
  return (
    <PageShell className='deadlines'>
      <CadreGate page={PAGE}>{(user) => <PolicyManager unions={user.cadreOf} />}</CadreGate>
    </PageShell>
  )
}
