import { Text, View } from '@tarojs/components'
import type { Notification } from '../../../../types/api'
import { AppButton } from '../../../components/app-button'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import type { PagedList } from '../../../hooks/use-paged-list'
import { cx } from '../../../utils/class-names'
import { formatDateTime } from '../../../utils/date'

interface MessageListProps {
  list: PagedList<Notification>
  isRead: (n: Notification) => boolean
  onOpen: (n: Notification) => void
}

/** The paged messages with their loading, empty, error and load-more states. */
export function MessageList({ list, isRead, onOpen }: MessageListProps) {
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error') return <ErrorState message={list.error} onRetry={() => void list.reload()} />
  if (list.items.length === 0) return <EmptyState text='暂时没有消息' />
  return (
    <View className='message-list'>
      {list.items.map((n) => {
        const unread = !isRead(n)
        return (
          <View key={n.id} id={`message-${n.id}`} className={cx('card message-item', unread && 'message-item--unread')} onClick={() => onOpen(n)}>
            <View className='message-head'>
              {unread ? <View className='message-dot' /> : null}
              <Text className='message-title'>{n.title}</Text>
            </View>
            <View className='message-body'>{n.body}</View>
            <View className='message-meta'>
              <Text>{formatDateTime(n.createdAt)}</Text>
              {n.ticketId ? <Text className='message-open'>{n.ticketKind === 'childcare' ? '查看报名 ›' : '查看诉求 ›'}</Text> : null}
            </View>
          </View>
        )
      })}
      <View className='list-footer'>
        {list.loadMoreError ? <View className='field-error list-footer-error'>{list.loadMoreError}</View> : null}
        {list.hasMore ? (
          <AppButton className='btn btn--plain btn--block load-more-btn' disabled={list.loadingMore} onClick={() => void list.loadMore()}>
            {list.loadingMore ? '加载中…' : '加载更多'}
          </AppButton>
        ) : (
          <View className='muted list-end'>没有更多了</View>
        )}
      </View>
    </View>
  )
}
