import { PageShell } from '../../../components/page-shell'
import { CadreGate } from '../admin-kit/cadre-gate'
import { CannedReplyManager } from './canned-reply-manager'
import './index.scss'

const PAGE = '/packages/workbench/canned-replies/index'

export default function CannedRepliesPage() {
  return (
    <PageShell className='canned-replies'>
      <CadreGate page={PAGE}>{(user) => <CannedReplyManager unions={user.cadreOf} />}</CadreGate>
    </PageShell>
  )
}
