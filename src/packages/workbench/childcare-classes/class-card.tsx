import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClassAdminView, ClassPhase } from '../../../../types/api-childcare'
import { ALLOCATION_MODE_LABELS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { cx } from '../../../utils/class-names'
import { periodDates } from '../../../utils/childcare-format'
import { formatDateTime } from '../../../utils/date'
import { WORKBENCH_CLASS_EDIT_PAGE, WORKBENCH_ROSTER_PAGE, withQuery } from '../../../utils/routes'

const PHASE_LABELS: Record<ClassPhase, string> = { draft: '草稿', upcoming: '未开始', open: '报名中', closed: '已截止' }

interface ClassCardProps {
  cls: ClassAdminView
  publishing: boolean
  onPublish: (cls: ClassAdminView) => void
}

/** One class with its periods' live counts and what the cadre can do with it now. */
export function ClassCard({ cls, publishing, onPublish }: ClassCardProps) {
  const draft = cls.phase === 'draft'
  return (
    <View className='card class-item' id={`class-${cls.id}`}>
      <View className='class-item-head'>
        <Text className='class-item-title'>{cls.title}</Text>
        <Text className={cx('tag', `phase-${cls.phase}`, cls.phase === 'open' && 'tag--red')}>{PHASE_LABELS[cls.phase]}</Text>
      </View>
      <View className='muted'>
        {cls.union.name} · {ALLOCATION_MODE_LABELS[cls.allocationMode]} · 报名 {formatDateTime(cls.opensAt)} 起
      </View>
      {cls.periods.map((p) => (
        <View key={p.id} className='class-period' id={`period-${p.id}`}>
          <View className='class-period-text'>
            <Text className='class-period-name'>{p.name}</Text>
            <Text className='muted'> {periodDates(p)}</Text>
            <View className='class-period-counts'>
              已报 {p.held + p.offered}/{p.capacity}
              {p.pendingReview ? ` · 待审核 ${p.pendingReview}` : ''}
              {p.waitlistCount ? ` · 候补 ${p.waitlistCount}` : ''}
            </View>
          </View>
          {draft ? null : (
            <AppButton className='btn btn--plain roster-btn' onClick={() => void Taro.navigateTo({ url: withQuery(WORKBENCH_ROSTER_PAGE, { periodId: p.id }) })}>
              名单
            </AppButton>
          )}
        </View>
      ))}
      {draft ? (
        <View className='row-actions'>
          <AppButton className='btn btn--plain edit-btn' onClick={() => void Taro.navigateTo({ url: withQuery(WORKBENCH_CLASS_EDIT_PAGE, { id: cls.id }) })}>
            编辑
          </AppButton>
          <AppButton className='btn btn--primary publish-btn' disabled={publishing} onClick={() => onPublish(cls)}>
            {publishing ? '发布中…' : '发布'}
          </AppButton>
        </View>
      ) : null}
    </View>
  )
}
