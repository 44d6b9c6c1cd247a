import { Text, View } from '@tarojs/components'
import type { ChildProfile } from '../../../../types/api-childcare'
import { GENDER_LABELS } from '../../../../types/childcare'
import { cx } from '../../../utils/class-names'
import { ageOn, gradeLabel } from '../../../utils/childcare-format'

interface ChildChoiceProps {
  kids: ChildProfile[]
  value: string
  onChange: (childId: string) => void
  onAdd: () => void
  /** A child whose consent is for an older text must be confirmed again before signing up. */
  onRenewConsent: (child: ChildProfile) => void
}

function childFacts(c: ChildProfile): string {
  const age = ageOn(c.birthDate, new Date())
  return [GENDER_LABELS[c.gender], age !== null ? `${age} 岁` : '', gradeLabel(c.grade)].filter(Boolean).join(' · ')
}

/** One of my children, picked like a radio button; and the way to add one. */
export function ChildChoice({ kids, value, onChange, onAdd, onRenewConsent }: ChildChoiceProps) {
  return (
    <View className='cc-child-choice'>
      {kids.length === 0 ? <View className='muted cc-no-children'>还没有添加孩子信息，请先添加</View> : null}
      {kids.map((c) => (
        <View
          key={c.id}
          id={`child-${c.id}`}
          className={cx('cc-child-option', c.id === value && 'cc-child-option--on', !c.consentCurrent && 'cc-child-option--stale')}
          role='radio'
          aria-checked={c.id === value}
          onClick={() => (c.consentCurrent ? onChange(c.id) : onRenewConsent(c))}
        >
          <Text className='cc-child-mark'>{c.id === value ? '✓' : ''}</Text>
          <View className='cc-child-text'>
            <View className='cc-child-name'>{c.name}</View>
            <View className='muted'>{childFacts(c)}</View>
            {!c.consentCurrent ? <View className='cc-child-stale'>信息授权规则已更新，请点此重新确认后再报名</View> : null}
          </View>
        </View>
      ))}
      <Text className='cc-link cc-add-child' onClick={onAdd}>
        ＋ 添加孩子
      </Text>
    </View>
  )
}
