import { Text, View } from '@tarojs/components'
import type { LegalStation } from '../../../../types/api-legal-aid'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import type { Loaded } from '../../../hooks/use-load'
import { cx } from '../../../utils/class-names'

interface StationChoiceProps {
  stations: Loaded<LegalStation[]>
  value: string
  onChange: (stationId: string) => void
  onRetry: () => void
}

/** `约 800 米` / `约 2.3 公里`; '' when the worker's location is unknown. */
export function distanceText(km: number | null): string {
  if (km === null || !Number.isFinite(km)) return ''
  if (km < 1) return `约 ${Math.max(10, Math.round((km * 1000) / 10) * 10)} 米`
  return `约 ${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`
}

/** The legal-aid stations, picked like radio buttons; the suggested one is marked. */
export function StationChoice({ stations, value, onChange, onRetry }: StationChoiceProps) {
  if (stations.status === 'loading') return <LoadingState text='正在查找附近的法律援助站…' />
  if (stations.status === 'error') return <ErrorState message={stations.error} onRetry={onRetry} />
  if (stations.value.length === 0) return <EmptyState text='暂时没有开放的法律援助站，可拨打职工服务热线 12351 咨询' />
  return (
    <View className='la-stations' role='radiogroup'>
      {stations.value.map((s) => {
        const on = s.id === value
        const distance = distanceText(s.distanceKm)
        return (
          <View
            key={s.id}
            id={`station-${s.id}`}
            className={cx('la-option la-station', on && 'la-option--on')}
            role='radio'
            aria-checked={on}
            onClick={() => onChange(s.id)}
          >
            <Text className='la-option-mark'>{on ? '✓' : ''}</Text>
            <View className='la-option-text'>
              <View className='la-station-head'>
                <Text className='la-station-name'>{s.name}</Text>
                {s.suggested ? <Text className='tag tag--red la-station-suggested'>推荐</Text> : null}
              </View>
              {distance ? <View className='la-station-distance'>距您{distance}</View> : null}
              {s.address ? <View className='muted la-station-address'>{s.address}</View> : null}
              {s.phone ? <View className='muted la-station-phone'>电话 {s.phone}</View> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
