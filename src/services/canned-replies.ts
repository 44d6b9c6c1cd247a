// 常用回复 as the reply / answer forms offer them (managing them is another page's job).
import type { CannedReply } from '../../types/api'
import { request } from './request'

/** The canned replies of the cadre's unions, or of one of them. */
export function fetchCannedReplies(unionId?: string): Promise<CannedReply[]> {
  return request<CannedReply[]>('GET', '/workbench/canned-replies', { query: { unionId } })
}
