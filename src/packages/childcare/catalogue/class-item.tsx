import { Text, View } from '@tarojs/components'
import type { ClassCard } from '../../../../types/api-childcare'
import { ALLOCATION_MODE_LABELS } from '../../../../types/childcare'
import { feeText, periodDates, rangeText } from '../../../utils/childcare-format'
import { OpeningLine } from '../kit/opening-line'
import { SeatsTag } from '../kit/seats-tag'

interface ClassItemProps {
  cls: ClassCard
  now: number
  onOpen: (cls: ClassCard) => void
}

/** One class in the catalogue: when sign-up opens, who it takes, and each 班期's seats. */
export function ClassItem({ cls, now, onOpen }: ClassItemProps) {
  return (
    <View className='card cc-class-item' id={`class-${cls.id}`} onClick={() => onOpen(cls)}>
      <View className='cc-class-title'>{cls.title}</View>
      <View className='muted cc-class-union'>
        {cls.union.name} · {cls.season}
      </View>
      <OpeningLine cls={cls} now={now} />
      <View className='cc-class-facts'>
        <Text className='cc-fact'>{rangeText(cls)}</Text>
        <Text className='cc-fact cc-fee'>{feeText(cls.fee)}</Text>
        <Text className='cc-fact'>{ALLOCATION_MODE_LABELS[cls.allocationMode]}</Text>
      </View>
      <View className='muted cc-class-address'>{cls.address}</View>
      <View className='cc-period-lines'>
        {cls.periods.map((p) => (
          <View key={p.id} className='cc-period-line' id={`period-${p.id}`}>
            <View className='cc-period-line-text'>
              <Text className='cc-period-name'>{p.name}</Text>
              <Text className='cc-period-dates'>{periodDates(p)}</Text>
            </View>
            <SeatsTag period={p} />
          </View>
        ))}
      </View>
    </View>
  )
}
