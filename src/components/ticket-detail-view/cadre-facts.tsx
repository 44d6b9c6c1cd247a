import { Text, View } from '@tarojs/components'
import type { Extension, Supervision } from '../../../types/api'
import { EXTENSION_STATUS_LABELS, SUPERVISION_REASON_LABELS } from '../../../types/enums'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'

/** The 延期申请 on this ticket: waiting for the parent union, or how it was decided. */
export function ExtensionBox({ extension }: { extension: Extension | null }) {
  if (!extension) return null
  const pending = extension.status === 'pending'
  return (
    <View className={cx('card detail-extension', `detail-extension--${extension.status}`)}>
      <View className='card-title'>
        延期申请 <Text className={cx('tag', pending && 'tag--red', 'extension-status')}>{EXTENSION_STATUS_LABELS[extension.status]}</Text>
      </View>
      <View className='extension-line'>
        {extension.unionName} 申请延期 {extension.days} 个工作日
      </View>
      <View className='extension-reason'>理由：{extension.reason}</View>
      <View className='muted'>
        申请于 {formatDate(extension.requestedAt)}
        {extension.decidedAt ? `，${formatDate(extension.decidedAt)} 审批` : ''}
      </View>
    </View>
  )
}

/** 督办 raised on this ticket, open ones first. */
export function SupervisionList({ supervisions }: { supervisions: Supervision[] }) {
  if (supervisions.length === 0) return null
  const sorted = [...supervisions].sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null))
  return (
    <View className='card detail-supervisions'>
      <View className='card-title'>督办</View>
      {sorted.map((s) => (
        <View key={s.id} className={cx('supervision', s.resolvedAt === null && 'supervision--open')}>
          <View>
            <Text className='supervision-reason'>{SUPERVISION_REASON_LABELS[s.reason]}</Text>
            <Text className={cx('tag', s.resolvedAt === null && 'tag--red', 'supervision-state')}>{s.resolvedAt === null ? '督办中' : '已解除'}</Text>
          </View>
          <View className='muted'>
            {s.union.name} 督办 {s.handlingUnion.name} · {formatDate(s.createdAt)}
          </View>
        </View>
      ))}
    </View>
  )
}
