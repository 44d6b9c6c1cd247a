import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Notification } from '../../../../types/api'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState } from '../../../components/state-views'
import { useCurrentUser } from '../../../hooks/use-current-user'
import { useListPageRefresh } from '../../../hooks/use-list-page-refresh'
import { usePagedList } from '../../../hooks/use-paged-list'
import { fetchNotifications, markAllNotificationsRead, markNotificationRead } from '../../../services/notifications'
import { errorMessage } from '../../../services/request'
import { CHILDCARE_ENROLMENT_PAGE, GRIEVANCE_DETAIL_PAGE, loginUrl, WORKBENCH_DETAIL_PAGE, withQuery } from '../../../utils/routes'
import { MessageList } from './message-list'
import './index.scss'

const MESSAGES_PAGE = '/packages/messages/index/index'

function Messages({ isCadre }: { isCadre: boolean }) {
  const fetchPage = useCallback((cursor: string | null) => fetchNotifications(cursor), [])
  const list = usePagedList(fetchPage)
  // Read on this device since the list was loaded; the server learns it at the same time.
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set())
  const [markingAll, setMarkingAll] = useState(false)

  useListPageRefresh(list)

  const isRead = (n: Notification) => n.read || readIds.has(n.id)
  const anyUnread = list.items.some((n) => !isRead(n))

  const open = (n: Notification) => {
    if (!isRead(n)) {
      setReadIds((s) => new Set(s).add(n.id))
      // Not worth an error: the message simply shows as unread again next time.
      markNotificationRead(n.id).catch(() => undefined)
    }
    if (!n.ticketId) return
    // A 托班 sign-up opens in its own page, for parents and cadres alike.
    const page = n.ticketKind === 'childcare' ? CHILDCARE_ENROLMENT_PAGE : isCadre ? WORKBENCH_DETAIL_PAGE : GRIEVANCE_DETAIL_PAGE
    void Taro.navigateTo({ url: withQuery(page, { id: n.ticketId }) })
  }

  const readAll = async () => {
    if (markingAll) return
    setMarkingAll(true)
    try {
      await markAllNotificationsRead()
      // Everything on screen is read now; later pages come from the server already read.
      setReadIds((s) => new Set(Array.from(s).concat(list.items.map((n) => n.id))))
      void Taro.showToast({ title: '已全部标为已读', icon: 'none' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setMarkingAll(false)
    }
  }

  return (
    <View>
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className='messages-toolbar'>
          <AppButton className='btn btn--plain read-all-btn' disabled={markingAll || !anyUnread} onClick={() => void readAll()}>
            全部已读
          </AppButton>
        </View>
      ) : null}
      <MessageList list={list} isRead={isRead} onOpen={open} />
    </View>
  )
}

export default function MessagesPage() {
  const { loggedIn, isCadre } = useCurrentUser()
  return (
    <PageShell className='messages'>
      {loggedIn ? (
        <Messages isCadre={isCadre} />
      ) : (
        <EmptyState text='请先登录' actionText='去登录' onAction={() => void Taro.navigateTo({ url: loginUrl(MESSAGES_PAGE) })} />
      )}
    </PageShell>
  )
}
