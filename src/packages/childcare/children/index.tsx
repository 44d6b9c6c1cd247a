import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ChildProfile } from '../../../../types/api-childcare'
import { GENDER_LABELS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { usePageReturn } from '../../../hooks/use-page-return'
import { CHILD_EDIT_PAGE, CHILDREN_PAGE, withQuery } from '../../../utils/routes'
import { ageOn, birthDateText, gradeLabel } from '../../../utils/childcare-format'
import { LoginGate } from '../kit/login-gate'
import { useChildren } from './use-children'
import './index.scss'

const edit = (id?: string) => void Taro.navigateTo({ url: withQuery(CHILD_EDIT_PAGE, { id }) })

function ChildItem({ child }: { child: ChildProfile }) {
  const age = ageOn(child.birthDate, new Date())
  return (
    <View className='card cc-child-item' id={`child-${child.id}`} onClick={() => edit(child.id)}>
      <View className='cc-child-item-head'>
        <Text className='cc-child-item-name'>{child.name}</Text>
        {!child.consentCurrent ? <Text className='tag tag--red cc-consent-stale'>授权待更新</Text> : null}
      </View>
      <View className='cc-child-item-facts'>
        {GENDER_LABELS[child.gender]} · {age !== null ? `${age} 岁 · ` : ''}
        {gradeLabel(child.grade)}
        {child.school ? ` · ${child.school}` : ''}
      </View>
      <View className='muted'>出生日期 {birthDateText(child.birthDate)}</View>
      <View className='muted'>
        紧急联系人 {child.emergencyName} {child.emergencyPhone}
      </View>
    </View>
  )
}

function ChildrenBody() {
  const { state, reload } = useChildren()
  // Back from adding, editing or deleting a child.
  usePageReturn(() => void reload({ silent: true }))

  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />
  if (state.children.length === 0) {
    return <EmptyState text='还没有添加孩子。添加后，报名托班时直接选择即可' actionText='添加孩子' onAction={() => edit()} />
  }
  return (
    <View className='cc-children-list'>
      <View className='muted cc-children-intro'>孩子的信息只对承办托班的工会干部可见</View>
      {state.children.map((c) => (
        <ChildItem key={c.id} child={c} />
      ))}
      <AppButton className='btn btn--primary btn--block cc-add-child-btn' onClick={() => edit()}>
        添加孩子
      </AppButton>
    </View>
  )
}

export default function ChildrenPage() {
  return (
    <PageShell className='cc-children'>
      <LoginGate page={CHILDREN_PAGE}>
        <ChildrenBody />
      </LoginGate>
    </PageShell>
  )
}
