import { Text, View } from '@tarojs/components'
import type { ClassDetail, ClassPhase, PeriodView } from '../../../../types/api-childcare'
import { AppButton } from '../../../components/app-button'
import { cx } from '../../../utils/class-names'
import { periodDates, periodHours } from '../../../utils/childcare-format'
import { SeatsTag } from '../kit/seats-tag'
import { periodButton } from './period-button'

interface PeriodCardProps {
  cls: ClassDetail
  period: PeriodView
  phase: ClassPhase
  onSignUp: (period: PeriodView) => void
}

/** One 班期: dates, hours, seats and waitlist, and its sign-up button. */
export function PeriodCard({ cls, period, phase, onSignUp }: PeriodCardProps) {
  const button = periodButton(cls, period, phase)
  return (
    <View className='card cc-period' id={`period-${period.id}`}>
      <View className='cc-period-head'>
        <Text className='cc-period-title'>{period.name}</Text>
        <SeatsTag period={period} />
      </View>
      <View className='cc-period-when'>{periodDates(period)}</View>
      <View className='muted cc-period-hours'>{periodHours(period)}</View>
      <View className='muted cc-period-counts'>
        名额 {period.capacity} 席{period.waitlistCount > 0 ? ` · 已有 ${period.waitlistCount} 人候补` : ''}
      </View>
      <AppButton
        className={cx('btn btn--block cc-sign-up-btn', button.enabled && 'btn--primary')}
        disabled={!button.enabled}
        onClick={() => button.enabled && onSignUp(period)}
      >
        {button.label}
      </AppButton>
    </View>
  )
}
