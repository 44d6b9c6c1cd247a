import { useCallback, useState } from 'react'
import { usePullDownRefresh } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { UnionRef } from '../../../../types/api'
import type { Dashboard, RankingRow } from '../../../../types/api-workbench'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { UnionScopePicker } from '../../../components/union-scope-picker'
import { useLoad } from '../../../hooks/use-load'
import { fetchDashboard } from '../../../services/workbench-dashboard'
import { CategoryBars } from './category-bars'
import { ChildcareFill } from './childcare-fill'
import { LegalAidCard } from './legal-aid-card'
import { Overview } from './overview'
import { presetRange, type DateRange, type RangePreset } from './range'
import { RangeBar } from './range-bar'
import { RankingTable } from './ranking-table'
import { RateCards } from './rate-cards'
import { RateTrend } from './rate-trend'
import { ScopeBar } from './scope-bar'
import { WeeklyChart } from './weekly-chart'

function Figures({ d, onOpenChild }: { d: Dashboard; onOpenChild: (row: RankingRow) => void }) {
  const empty = d.counts.total === 0
  return (
    <View className='dash-body'>
      <Overview d={d} />
      {empty ? (
        <View className='card dash-empty'>
          <EmptyState text='这段时间没有收到诉求，换个时间范围看看' />
        </View>
      ) : (
        <View className='dash-grid'>
          <RateCards d={d} />
          <RankingTable rows={d.ranking} onOpen={onOpenChild} />
          <WeeklyChart weeks={d.weekly} />
          <RateTrend weeks={d.weekly} />
          <CategoryBars categories={d.categories} />
        </View>
      )}
      <View className='dash-grid'>
        <ChildcareFill classes={d.childcare} />
        <LegalAidCard d={d} />
      </View>
    </View>
  )
}

/** One union subtree over one date range; the union and the range can be changed in place. */
export function DashboardView({ initialUnion }: { initialUnion: UnionRef | null }) {
  const [union, setUnion] = useState<UnionRef | null>(initialUnion)
  // Unions left by tapping a child in the ranking, to go back up.
  const [trail, setTrail] = useState<UnionRef[]>([])
  const [preset, setPreset] = useState<RangePreset>('30d')
  const [range, setRange] = useState<DateRange>(() => presetRange('30d'))
  const [picking, setPicking] = useState(false)

  const unionId = union?.id
  const load = useLoad(useCallback(() => fetchDashboard({ unionId, from: range.from, to: range.to }), [unionId, range.from, range.to]))
  usePullDownRefresh(() => {
    void load.reload({ silent: true }).finally(() => Taro.stopPullDownRefresh())
  })

  const { state } = load
  const shown = state.status === 'ready' ? state.value.union : union
  const openChild = (row: RankingRow) => {
    if (shown) setTrail([...trail, { id: shown.id, name: shown.name }])
    setUnion({ id: row.union.id, name: row.union.name })
  }
  const back = () => {
    setUnion(trail[trail.length - 1] ?? null)
    setTrail(trail.slice(0, -1))
  }

  return (
    <View>
      <ScopeBar
        union={shown}
        up={trail[trail.length - 1] ?? null}
        d={state.status === 'ready' ? state.value : null}
        onUp={back}
        onPick={() => setPicking(true)}
      />
      <RangeBar
        preset={preset}
        range={range}
        onChange={(p, r) => {
          setPreset(p)
          setRange(r)
        }}
      />
      {state.status === 'loading' ? <LoadingState text='正在统计…' /> : null}
      {state.status === 'error' ? <ErrorState message={state.error} onRetry={() => void load.reload()} /> : null}
      {state.status === 'ready' ? <Figures d={state.value} onOpenChild={openChild} /> : null}
      {picking ? (
        <UnionScopePicker
          value={shown?.id ?? null}
          onClose={() => setPicking(false)}
          onPick={(u) => {
            setPicking(false)
            setTrail([])
            setUnion(u)
          }}
        />
      ) : null}
    </View>
  )
}
