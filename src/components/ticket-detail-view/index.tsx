import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { Attachment, TicketDetail } from '../../../types/api'
import { errorMessage } from '../../services/request'
import { openPdf } from '../../services/uploads'
import { cx } from '../../utils/class-names'
import { formatDate } from '../../utils/date'
import { fileSizeText } from '../../utils/file-size'
import { ActionPanel } from './action-panel'
import { AppointmentsCard } from './appointments'
import type { ActionOutcome, ActionRequest } from './action-request'
import { ExtensionBox, SupervisionList } from './cadre-facts'
import { DetailHeader } from './detail-header'
import { DetailRow } from './detail-row'
import { LegalCasePanel } from './legal-case-panel'
import { Timeline } from './timeline'
import type { DetailViewer } from './types'
import './index.scss'
import './legal-case.scss'

export type { ActionOutcome, ActionRequest } from './action-request'
export type { DetailViewer } from './types'

interface TicketDetailViewProps {
  ticket: TicketDetail
  /** The cadre view adds the deadline light, who filed it (or 职工要求保密), 延期 and 督办. */
  viewer: DetailViewer
  onAction: (request: ActionRequest) => Promise<ActionOutcome>
  /** Load the ticket again (after something outside the workflow changed it, e.g. 取消预约). */
  onReload: () => Promise<void>
}

const CONFIDENTIAL = '职工要求保密'

function RequesterCard({ ticket }: { ticket: TicketDetail }) {
  return (
    <View className='card detail-requester'>
      <View className='card-title'>诉求人</View>
      <DetailRow label='姓名' className='requester-name'>
        <Text className={cx(ticket.requesterName === null && 'detail-hidden')}>{ticket.requesterName ?? CONFIDENTIAL}</Text>
      </DetailRow>
      <DetailRow label='联系电话' className='requester-phone'>
        <Text className={cx(ticket.contactPhone === null && 'detail-hidden')}>{ticket.contactPhone ?? CONFIDENTIAL}</Text>
      </DetailRow>
      <DetailRow label='工作单位'>
        <Text>{ticket.employer || '未填写'}</Text>
      </DetailRow>
      {ticket.confidential ? <View className='detail-confidential muted'>职工要求对所在企业保密，请勿向企业透露其身份。</View> : null}
    </View>
  )
}

function MineCard({ ticket }: { ticket: TicketDetail }) {
  return (
    <View className='card detail-mine'>
      <DetailRow label='工作单位'>
        <Text>{ticket.employer || '未填写'}</Text>
      </DetailRow>
      <DetailRow label='联系电话'>
        <Text>{ticket.contactPhone ?? ''}</Text>
      </DetailRow>
      {ticket.confidential ? <View className='detail-confidential muted'>已要求对所在企业保密</View> : null}
    </View>
  )
}

const isPdf = (a: Attachment) => a.mime === 'application/pdf'

function openAttachedPdf(a: Attachment): void {
  openPdf(a.url, false).catch((err: unknown) => void Taro.showToast({ title: errorMessage(err), icon: 'none' }))
}

function Description({ ticket }: { ticket: TicketDetail }) {
  // A legal-aid request's evidence may be PDF files: listed as files, not shown as photos.
  const photos = ticket.attachments.filter((a) => !isPdf(a))
  const files = ticket.attachments.filter(isPdf)
  const urls = photos.map((a) => a.url)
  return (
    <View className='card detail-description'>
      <View className='card-title'>{ticket.legalCase ? '事情经过' : '诉求内容'}</View>
      <Text className='detail-description-text' userSelect>
        {ticket.description}
      </Text>
      {files.length > 0 ? (
        <View className='detail-files'>
          {files.map((a, i) => (
            <View key={a.id} className='detail-file' data-mime={a.mime} onClick={() => openAttachedPdf(a)}>
              <Text className='detail-file-icon'>PDF</Text>
              <Text className='detail-file-name'>{files.length > 1 ? `PDF 文件 ${i + 1}` : 'PDF 文件'}</Text>
              <Text className='muted detail-file-size'>{fileSizeText(a.size)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {urls.length > 0 ? (
        <View className='photo-grid detail-photos'>
          {photos.map((a) => (
            <Image
              key={a.id}
              className='photo-thumb detail-photo'
              src={a.url}
              mode='aspectFill'
              onClick={() => void Taro.previewImage({ urls, current: a.url })}
            />
          ))}
        </View>
      ) : null}
    </View>
  )
}

export function TicketDetailView({ ticket, viewer, onAction, onReload }: TicketDetailViewProps) {
  const cadre = viewer === 'cadre'
  return (
    <View className={cx('ticket-detail', `ticket-detail--${viewer}`)}>
      <DetailHeader ticket={ticket} viewer={viewer} />
      {cadre ? <ExtensionBox extension={ticket.extension} /> : null}
      {cadre ? <SupervisionList supervisions={ticket.supervisions} /> : null}
      {ticket.legalCase ? <LegalCasePanel legalCase={ticket.legalCase} /> : null}
      {ticket.legalCase ? <AppointmentsCard ticket={ticket} legalCase={ticket.legalCase} viewer={viewer} onReload={onReload} /> : null}
      {cadre ? <RequesterCard ticket={ticket} /> : <MineCard ticket={ticket} />}
      <Description ticket={ticket} />
      <ActionPanel ticket={ticket} onAction={onAction} />
      <Timeline events={ticket.events} />
      <View className='muted detail-footnote'>提交于 {formatDate(ticket.createdAt)}</View>
    </View>
  )
}
