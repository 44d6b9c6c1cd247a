import { Text, View } from '@tarojs/components'
import type { DeadlinePolicyView } from '../../../../types/api'
import type { DeadlinePolicyInput } from '../../../../types/schemas/workflow-admin'
import { AppButton } from '../../../components/app-button'
import { cx } from '../../../utils/class-names'
import { PolicyEditor } from './policy-editor'

interface PolicyRowProps {
  policy: DeadlinePolicyView
  editing: boolean
  onEdit: () => void
  onCancel: () => void
  onSave: (input: DeadlinePolicyInput) => Promise<void>
}

export function sourceLabel(p: DeadlinePolicyView): string {
  if (p.source === 'own') return '本单位'
  if (p.source === 'inherited') return `继承自${p.sourceUnionName ?? '上级工会'}`
  return '默认'
}

export function PolicyRow({ policy, editing, onEdit, onCancel, onSave }: PolicyRowProps) {
  const id = `policy-${policy.kind}-${policy.urgent ? 'urgent' : 'normal'}`
  return (
    <View id={id} className={cx('policy-row', policy.urgent && 'policy-row--urgent')}>
      <View className='policy-head'>
        <Text className={cx('tag policy-urgency', policy.urgent && 'tag--red')}>{policy.urgent ? '紧急' : '普通'}</Text>
        <Text className='muted policy-source'>{sourceLabel(policy)}</Text>
      </View>
      {editing ? (
        <PolicyEditor policy={policy} onSave={onSave} onCancel={onCancel} />
      ) : (
        <View className='policy-body'>
          <View className='policy-days'>
            <Text className='policy-ack'>签收 {policy.ackDays} 个工作日</Text>
            <Text className='policy-answer'>答复 {policy.answerDays} 个工作日</Text>
          </View>
          <AppButton className='btn btn--plain edit-btn' onClick={onEdit}>
            修改
          </AppButton>
        </View>
      )}
    </View>
  )
}
