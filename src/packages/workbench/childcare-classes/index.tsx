import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ClassAdminView } from '../../../../types/api-childcare'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { usePageReturn } from '../../../hooks/use-page-return'
import { fetchManagedClasses, publishClass } from '../../../services/childcare-admin'
import { errorMessage } from '../../../services/request'
import { WORKBENCH_CLASS_EDIT_PAGE, WORKBENCH_CLASSES_PAGE } from '../../../utils/routes'
import { CadreGate } from '../admin-kit/cadre-gate'
import { ClassCard } from './class-card'
import './index.scss'

function ClassList() {
  const load = useLoad(useCallback(() => fetchManagedClasses(), []))
  const [publishing, setPublishing] = useState('')
  // Back from the form: show the saved draft.
  usePageReturn(() => void load.reload({ silent: true }))

  const publish = async (cls: ClassAdminView) => {
    if (publishing) return
    const { confirm } = await Taro.showModal({
      title: '发布托班',
      content: `发布后家长即可看到“${cls.title}”并按时报名，班期和报名规则将不能再修改。确定发布吗？`,
      confirmText: '发布',
      confirmColor: '#C8161D'
    })
    if (!confirm) return
    setPublishing(cls.id)
    try {
      await publishClass(cls.id)
      void Taro.showToast({ title: '已发布', icon: 'success' })
      await load.reload({ silent: true })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setPublishing('')
    }
  }

  const create = () => void Taro.navigateTo({ url: WORKBENCH_CLASS_EDIT_PAGE })
  const { state } = load
  return (
    <View>
      <AppButton className='btn btn--primary btn--block class-new' onClick={create}>
        新建托班
      </AppButton>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.error} onRetry={() => void load.reload()} /> : null}
      {state.status === 'ready' && state.value.length === 0 ? <EmptyState text='还没有托班，点“新建托班”开始' /> : null}
      {state.status === 'ready' ? state.value.map((c) => <ClassCard key={c.id} cls={c} publishing={publishing === c.id} onPublish={(x) => void publish(x)} />) : null}
    </View>
  )
}

/** 爱心托班管理: the classes of the cadre's unions. */
export default function ClassesPage() {
  return (
    <PageShell className='cc-classes'>
      <CadreGate page={WORKBENCH_CLASSES_PAGE}>{() => <ClassList />}</CadreGate>
    </PageShell>
  )
}
