import { Text, View } from '@tarojs/components'
import type { CaseScope } from '../../../services/legal-aid-cases'
import { cx } from '../../../utils/class-names'

export const SCOPES: ReadonlyArray<{ key: CaseScope; label: string }> = [
  { key: 'mine', label: '我的案件' },
  { key: 'station', label: '本站案件' }
]

export const OPEN_TABS: ReadonlyArray<{ open: boolean; label: string }> = [
  { open: true, label: '办理中' },
  { open: false, label: '已结案' }
]

interface CaseTabsProps {
  scope: CaseScope
  open: boolean
  onScope: (scope: CaseScope) => void
  onOpen: (open: boolean) => void
}

/** 我的案件 / 本站案件, and 办理中 / 已结案. */
export function CaseTabs({ scope, open, onScope, onOpen }: CaseTabsProps) {
  return (
    <View className='case-tabs'>
      <View className='scope-tabs'>
        {SCOPES.map((s) => (
          <View key={s.key} className={cx('scope-tab', `scope-${s.key}`, s.key === scope && 'scope-tab--on')} onClick={() => onScope(s.key)}>
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
      <View className='open-tabs'>
        {OPEN_TABS.map((t) => (
          <View key={String(t.open)} className={cx('open-tab', `open-${String(t.open)}`, t.open === open && 'open-tab--on')} onClick={() => onOpen(t.open)}>
            <Text>{t.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
