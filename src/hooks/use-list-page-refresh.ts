import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { usePageReturn } from './use-page-return'
import type { PagedList } from './use-paged-list'

/** The page lifecycle of a ticket list: pull to refresh, load more at the bottom, and show
 * the latest statuses when coming back from a ticket or a new submission. */
export function useListPageRefresh<T>(list: PagedList<T>): void {
  usePullDownRefresh(() => {
    void list.reload({ silent: true }).finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })
  usePageReturn(() => {
    void list.reload({ silent: true })
  })
}
