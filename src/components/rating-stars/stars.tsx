import { Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'

interface RatingStarsProps {
  value: number
  /** When given, the stars are tappable (each `.rating-star` has `data-value` 1–5). */
  onChange?: (value: number) => void
}

const LABELS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

export function RatingStars({ value, onChange }: RatingStarsProps) {
  return (
    <View className={cx('rating', onChange && 'rating--input')}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          data-value={n}
          className={cx('rating-star', n <= value && 'rating-star--on')}
          onClick={onChange ? () => onChange(n) : undefined}
        >
          ★
        </Text>
      ))}
      {value > 0 ? <Text className='rating-label'>{LABELS[value]}</Text> : null}
    </View>
  )
}
