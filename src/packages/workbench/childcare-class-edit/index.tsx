import { useCallback } from 'react'
import { useRouter } from '@tarojs/taro'
import type { ClassAdminView } from '../../../../types/api-childcare'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { fetchManagedClass } from '../../../services/childcare-admin'
import { WORKBENCH_CLASS_EDIT_PAGE, WORKBENCH_CLASSES_PAGE } from '../../../utils/routes'
import { CadreGate } from '../admin-kit/cadre-gate'
import { ClassForm } from './class-form'
import './index.scss'
import { goBackOr } from '../../../utils/navigation'

/** Back to the list: the page it came from, or the list itself when opened on its own. */
function back(): void {
  goBackOr(WORKBENCH_CLASSES_PAGE)
}

function EditExisting({ id, unions }: { id: string; unions: Parameters<typeof ClassForm>[0]['unions'] }) {
  const load = useLoad(useCallback(() => fetchManagedClass(id), [id]))
  if (load.state.status === 'loading') return <LoadingState />
  if (load.state.status === 'error') return <ErrorState message={load.state.error} onRetry={() => void load.reload()} />
  return <ClassForm unions={unions} existing={load.state.value} onSaved={back} />
}

/** 新建 / 编辑托班 (drafts only; a published class is not editable). */
export default function ClassEditPage() {
  const { params } = useRouter()
  const id = params.id
  return (
    <PageShell className='cc-class-edit'>
      <CadreGate page={WORKBENCH_CLASS_EDIT_PAGE}>
        {(user) => (id ? <EditExisting id={id} unions={user.cadreOf} /> : <ClassForm unions={user.cadreOf} existing={null} onSaved={(_: ClassAdminView) => back()} />)}
      </CadreGate>
    </PageShell>
  )
}
