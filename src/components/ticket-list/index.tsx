import { View } from '@tarojs/components'
import { AppButton } from '../app-button'
import type { TicketSummary } from '../../../types/api'
import type { PagedList } from '../../hooks/use-paged-list'
import { EmptyState, ErrorState, LoadingState } from '../state-views'
import { TicketCard, type TicketCardVariant } from '../ticket-card'

interface TicketListProps {
  list: PagedList<TicketSummary>
  emptyText: string
  emptyActionText?: string
  onEmptyAction?: () => void
  onOpen: (ticket: TicketSummary) => void
  cardVariant?: TicketCardVariant
}

/** A paged ticket list with its loading, empty, error and load-more states. */
export function TicketList({ list, emptyText, emptyActionText, onEmptyAction, onOpen, cardVariant }: TicketListProps) {
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error') return <ErrorState message={list.error} onRetry={() => void list.reload()} />
  if (list.items.length === 0) return <EmptyState text={emptyText} actionText={emptyActionText} onAction={onEmptyAction} />
  return (
    <View className='ticket-list'>
      {list.items.map((t) => (
        <TicketCard key={t.id} ticket={t} variant={cardVariant} onOpen={onOpen} />
      ))}
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
