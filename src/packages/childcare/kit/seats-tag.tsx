import { Text } from '@tarojs/components'
import type { PeriodView } from '../../../../types/api-childcare'
import { cx } from '../../../utils/class-names'
import { seatsText } from '../../../utils/childcare-format'
import './kit.scss'

/** 余 N 席 / 可候补 / 已满 for one 班期. */
export function SeatsTag({ period }: { period: Pick<PeriodView, 'availability' | 'seatsLeft'> }) {
  return <Text className={cx('tag', 'cc-seats', `cc-seats--${period.availability}`, period.availability === 'seats' && 'tag--red')}>{seatsText(period)}</Text>
}
