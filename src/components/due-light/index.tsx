import { Text, View } from '@tarojs/components'
import { DUE_LIGHT_LABELS, type DueKind, type DueLight as Light } from '../../../types/enums'
import { cx } from '../../utils/class-names'
import { formatDueDate } from '../../utils/date'
import './index.scss'

const KIND_LABELS: Record<DueKind, string> = { acknowledge: '签收期限', answer: '答复期限' }

interface DueLightProps {
  light: Light | null
  dueAt: string | null
  dueKind?: DueKind | null
}

/** 正常 (green) / 临期 (yellow) / 超期 (red) and the date the running clock ends; nothing while no clock runs. */
export function DueLight({ light, dueAt, dueKind }: DueLightProps) {
  if (!light) return null
  return (
    <View className={cx('due-light', `due-light--${light}`)} data-light={light}>
      <Text className='due-light-dot' />
      <Text className='due-light-label'>{DUE_LIGHT_LABELS[light]}</Text>
      {dueAt ? (
        <Text className='due-date'>
          {dueKind ? `${KIND_LABELS[dueKind]} ` : ''}
          {formatDueDate(dueAt)}
        </Text>
      ) : null}
    </View>
  )
}
