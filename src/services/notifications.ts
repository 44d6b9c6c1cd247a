// The in-app message centre (站内消息).
import type { Notification, Page, UnreadCount } from '../../types/api'
import { request } from './request'

/** Newest first. */
export function fetchNotifications(cursor?: string | null): Promise<Page<Notification>> {
  return request<Page<Notification>>('GET', '/notifications', { query: { cursor: cursor ?? undefined } })
}

export function fetchUnreadCount(): Promise<UnreadCount> {
  return request<UnreadCount>('GET', '/notifications/unread-count')
}

export function markNotificationRead(id: string): Promise<void> {
  return request<void>('POST', `/notifications/${encodeURIComponent(id)}/read`)
}

export function markAllNotificationsRead(): Promise<void> {
  return request<void>('POST', '/notifications/read-all')
}
