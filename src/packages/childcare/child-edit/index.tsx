import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { CHILD_EDIT_PAGE, withQuery } from '../../../utils/routes'
import { LoginGate } from '../kit/login-gate'
import { ChildForm } from './child-form'
import { useChild } from './use-child'
import './index.scss'

function ChildEditBody({ id }: { id: string }) {
  const { state, reload } = useChild(id)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />
  return <ChildForm child={state.child} />
}

export default function ChildEditPage() {
  const router = useRouter()
  const id = router?.params.id ?? ''
  return (
    <PageShell className='cc-child-edit'>
      <LoginGate page={withQuery(CHILD_EDIT_PAGE, { id })}>
        <ChildEditBody id={id} />
      </LoginGate>
    </PageShell>
  )
}
