import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClassCard } from '../../../../types/api-childcare'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { usePageReturn } from '../../../hooks/use-page-return'
import { isLoggedIn } from '../../../services/session'
import { CHILDCARE_CLASS_PAGE, CHILDREN_PAGE, GRIEVANCE_LIST_PAGE, loginUrl, withQuery } from '../../../utils/routes'
import { phaseAt } from '../../../utils/childcare-format'
import { useServerClock } from '../kit/use-server-clock'
import { ClassItem } from './class-item'
import { CatalogueFilterBar } from './filters'
import { useAreas } from './use-areas'
import { NO_FILTERS, useCatalogue, type CatalogueFilters } from './use-catalogue'
import './index.scss'

export default function CataloguePage() {
  const [filters, setFilters] = useState<CatalogueFilters>(NO_FILTERS)
  const areas = useAreas()
  const { state, reload } = useCatalogue(filters)
  const catalogue = state.status === 'ready' ? state.catalogue : null
  // Tick only while some card counts down to its opening.
  const counting = catalogue?.items.some((c) => c.phase === 'upcoming') ?? false
  const now = useServerClock(catalogue?.serverTime, counting)

  usePullDownRefresh(() => {
    void reload({ silent: true }).finally(() => Taro.stopPullDownRefresh())
  })
  // Seats change while the parent looks at a class: show the latest counts on the way back.
  usePageReturn(() => void reload({ silent: true }))

  const filtered = filters.unionId !== '' || filters.age !== null || filters.from !== '' || filters.seats !== 'any'
  const open = (c: ClassCard) => void Taro.navigateTo({ url: withQuery(CHILDCARE_CLASS_PAGE, { id: c.id }) })
  // Personal pages: log in first, then land where the parent was going.
  const openMine = (url: string) => void Taro.navigateTo({ url: isLoggedIn() ? url : loginUrl(url) })

  return (
    <PageShell className='cc-catalogue'>
      <View className='cc-catalogue-links'>
        <Text className='cc-link cc-link-children' onClick={() => openMine(CHILDREN_PAGE)}>
          我的孩子
        </Text>
        <Text className='cc-link cc-link-mine' onClick={() => openMine(GRIEVANCE_LIST_PAGE)}>
          我的报名
        </Text>
      </View>
      <CatalogueFilterBar filters={filters} areas={areas} onChange={setFilters} />

      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} onRetry={() => void reload()} /> : null}
      {catalogue && catalogue.items.length === 0 ? (
        filtered ? (
          <EmptyState text='没有符合条件的托班' actionText='清除筛选' onAction={() => setFilters(NO_FILTERS)} />
        ) : (
          <EmptyState text='暂时没有正在招收的托班，请过几天再来看看' />
        )
      ) : null}
      {catalogue && catalogue.items.length > 0 ? (
        <View className='cc-class-list'>
          {catalogue.items.map((c) => (
            <ClassItem key={c.id} cls={c} now={now} onOpen={open} />
          ))}
          <View className='muted list-end'>
            {catalogue.items.some((c) => phaseAt(c, now) === 'open') ? '名额实时变化，以报名结果为准' : '没有更多了'}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
