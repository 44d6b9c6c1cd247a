import { Text, View } from '@tarojs/components'
import type { Appointment, LegalCaseListItem } from '../../../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS, CASE_STAGE_LABELS, CASE_TYPE_LABELS } from '../../../../types/legal-aid'
import { DueLight } from '../../../components/due-light'
import { StatusTag } from '../../../components/status-tag'
import { cx } from '../../../utils/class-names'
import { formatDate } from '../../../utils/date'

function appointmentText(a: Appointment): string {
  return `${formatDate(a.day)} ${a.startTime}–${a.endTime} · ${APPOINTMENT_MODE_LABELS[a.mode]}`
}

interface CaseCardProps {
  item: LegalCaseListItem
  /** 本站案件 shows whose case it is. */
  showLawyer: boolean
  onOpen: (item: LegalCaseListItem) => void
}

/** One case in the lawyer's list: number, status, type and stage, deadline, next appointment. */
export function CaseCard({ item, showLawyer, onOpen }: CaseCardProps) {
  return (
    <View className='card case-item' id={`case-${item.id}`} data-id={item.id} onClick={() => onOpen(item)}>
      <View className='case-item-head'>
        <Text className='case-number'>{item.number}</Text>
        <StatusTag status={item.status} />
      </View>
      <View className='case-title'>{item.title}</View>
      <View className='case-line'>
        <Text className='case-type'>{CASE_TYPE_LABELS[item.caseType]}</Text>
        <Text className={cx('tag', 'case-stage', item.stage !== 'closed' && 'tag--red')} data-stage={item.stage}>
          {CASE_STAGE_LABELS[item.stage]}
        </Text>
      </View>
      <DueLight light={item.dueLight} dueAt={item.dueAt} dueKind={item.dueKind} />
      {showLawyer ? (
        <View className={cx('case-lawyer', item.lawyerName === null && 'case-lawyer--none')}>承办律师：{item.lawyerName ?? '待指派'}</View>
      ) : null}
      <View className={cx('case-next', item.nextAppointment ? 'case-next--set' : 'muted')}>
        {item.nextAppointment ? `下次预约：${appointmentText(item.nextAppointment)}` : '暂无预约'}
      </View>
      <View className='muted case-date'>
        {item.currentUnion.name} · 提交于 {formatDate(item.createdAt)}
      </View>
    </View>
  )
}
