import { View } from '@tarojs/components'
import type { CannedReply } from '../../../../types/api'
import { AppButton } from '../../../components/app-button'
import { formatDate } from '../../../utils/date'

interface CannedReplyCardProps {
  reply: CannedReply
  onEdit: () => void
  onDelete: () => void
}

export function CannedReplyCard({ reply, onEdit, onDelete }: CannedReplyCardProps) {
  return (
    <View id={`canned-${reply.id}`} className='card canned-item'>
      <View className='canned-title'>{reply.title}</View>
      <View className='canned-body'>{reply.body}</View>
      <View className='muted canned-meta'>更新于 {formatDate(reply.updatedAt)}</View>
      <View className='row-actions'>
        <AppButton className='btn btn--plain edit-btn' onClick={onEdit}>
          编辑
        </AppButton>
        <AppButton className='btn btn--plain delete-btn' onClick={onDelete}>
          删除
        </AppButton>
      </View>
    </View>
  )
}
