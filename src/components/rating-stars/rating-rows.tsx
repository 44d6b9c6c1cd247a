import { Text, View } from '@tarojs/components'
import { RATING_DIMENSIONS, RATING_DIMENSION_LABELS, type RatingDimension } from '../../../types/enums'
import { RatingStars } from './stars'

export type RatingValues = Partial<Record<RatingDimension, number>>

interface RatingRowsProps {
  values: RatingValues
  /** Makes the rows an input (`.rating-row-<dimension> .rating-star[data-value]`). */
  onChange?: (dimension: RatingDimension, value: number) => void
  errors?: Partial<Record<RatingDimension, string>>
}

/** 办理速度 / 服务态度 / 办理结果, one row of stars each. */
export function RatingRows({ values, onChange, errors }: RatingRowsProps) {
  return (
    <View className='rating-rows'>
      {RATING_DIMENSIONS.map((d) => (
        <View key={d} className={`rating-row rating-row-${d}`}>
          <View className='rating-row-label'>
            <Text>{RATING_DIMENSION_LABELS[d]}</Text>
            {onChange ? <Text className='field-required'>*</Text> : null}
          </View>
          <RatingStars value={values[d] ?? 0} onChange={onChange ? (n) => onChange(d, n) : undefined} />
          {errors?.[d] ? <View className='field-error'>{errors[d]}</View> : null}
        </View>
      ))}
    </View>
  )
}
