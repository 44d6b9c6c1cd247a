import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { DutySlot, LegalStation } from '../../../../types/api-legal-aid'
import { AppButton } from '../../../components/app-button'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { fetchDutySlots, fetchMyStations, removeDutySlot } from '../../../services/legal-aid-cases'
import { errorMessage, isApiError } from '../../../services/request'
import { confirmDelete } from '../admin-kit/form'
import { UnionSwitch } from '../admin-kit/union-switch'
import { SlotForm } from './slot-form'
import { SlotList, slotText } from './slot-list'

const HELD = '该时段还有未到期的预约，不能删除'

/** One station's week: its slots, adding one, removing one. */
function StationSlots({ station }: { station: LegalStation }) {
  const load = useLoad(useCallback(() => fetchDutySlots(station.id), [station.id]))
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState('')
  const [slotErrors, setSlotErrors] = useState<Record<string, string>>({})
  const { state } = load
  const slots = state.status === 'ready' ? state.value : []

  const saved = (slot: DutySlot) => {
    load.set([...slots, slot])
    setAdding(false)
  }

  const remove = async (slot: DutySlot) => {
    if (removing) return
    if (!(await confirmDelete(`删除值班时段「${slotText(slot)} ${slot.lawyer.name}」？职工将不能再预约这个时段。`))) return
    setRemoving(slot.id)
    setSlotErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([id]) => id !== slot.id)))
    try {
      await removeDutySlot(slot.id)
      load.set(slots.filter((s) => s.id !== slot.id))
      void Taro.showToast({ title: '已删除', icon: 'success' })
    } catch (err) {
      const message = isApiError(err) && err.status === 409 ? err.message || HELD : errorMessage(err)
      setSlotErrors((prev) => ({ ...prev, [slot.id]: message }))
      void Taro.showToast({ title: message, icon: 'none', duration: 3000 })
    } finally {
      setRemoving('')
    }
  }

  return (
    <View>
      <View className='muted roster-intro'>
        {station.address ? `${station.address} · ` : ''}每周固定的值班时段，职工可预约未来 14 天内的时段。
      </View>
      {adding ? (
        <SlotForm stationId={station.id} onSaved={saved} onCancel={() => setAdding(false)} />
      ) : (
        <AppButton className='btn btn--primary btn--block add-slot-btn' onClick={() => setAdding(true)}>
          新增值班时段
        </AppButton>
      )}
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.error} onRetry={() => void load.reload()} /> : null}
      {state.status === 'ready' && slots.length === 0 ? <EmptyState text='还没有值班时段，点“新增值班时段”添加' /> : null}
      {slots.length > 0 ? <SlotList slots={slots} removing={removing} errors={slotErrors} onRemove={(s) => void remove(s)} /> : null}
    </View>
  )
}

/** 值班表: pick one of the stations the cadre's unions run, then manage its week. */
export function RosterManager() {
  const load = useLoad(useCallback(() => fetchMyStations(), []))
  const [stationId, setStationId] = useState('')
  const { state } = load
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState message={state.error} onRetry={() => void load.reload()} />
  if (state.value.length === 0) return <EmptyState text='您所在的工会还没有法律援助站' />
  const stations = state.value
  const station = stations.find((s) => s.id === stationId) ?? stations[0]
  return (
    <View>
      <UnionSwitch unions={stations.map((s) => ({ id: s.id, name: s.name }))} value={station.id} onChange={setStationId} />
      <StationSlots key={station.id} station={station} />
    </View>
  )
}
