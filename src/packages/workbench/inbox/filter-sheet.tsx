import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  DUE_LIGHT_LABELS,
  DUE_LIGHTS,
  GRIEVANCE_CATEGORIES,
  GRIEVANCE_CATEGORY_LABELS,
  TICKET_KIND_LABELS,
  TICKET_STATUS_LABELS,
  TICKET_STATUSES
} from '../../../../types/enums'
import { AppButton } from '../../../components/app-button'
import { DateRangeFields } from '../../../components/date-range-fields'
import { cx } from '../../../utils/class-names'
import { filterProblem, type InboxFilters, type InboxKind } from './inbox-filter'

const KINDS: InboxKind[] = ['grievance', 'legal_aid']

interface OptionsProps<T extends string> {
  name: string
  title: string
  anyLabel: string
  values: readonly T[]
  labels: Record<T, string>
  value: T | null
  onChange: (value: T | null) => void
}

/** 不限 and one chip per value; one may be on. */
function Options<T extends string>({ name, title, anyLabel, values, labels, value, onChange }: OptionsProps<T>) {
  return (
    <View className={`sheet-group sheet-${name}`}>
      <View className='sheet-group-title'>{title}</View>
      <View className='sheet-options'>
        {[null, ...values].map((v) => (
          <View key={v ?? 'any'} className={cx('sheet-option', `${name}-${v ?? 'any'}`, v === value && 'sheet-option--on')} onClick={() => onChange(v)}>
            <Text>{v === null ? anyLabel : labels[v]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

interface FilterSheetProps {
  value: InboxFilters
  today: string
  onApply: (filters: InboxFilters) => void
  onClose: () => void
}

/** 类型 / 状态 / 期限 / 类别 / 提交日期, applied together with 确定. */
export function FilterSheet({ value, today, onApply, onClose }: FilterSheetProps) {
  const [draft, setDraft] = useState<InboxFilters>(value)
  const [error, setError] = useState('')
  const set = (patch: Partial<InboxFilters>) => setDraft({ ...draft, ...patch })
  const apply = () => {
    const problem = filterProblem(draft)
    setError(problem)
    if (!problem) onApply(draft)
  }
  return (
    <View className='inbox-sheet'>
      <View className='inbox-sheet-mask' onClick={onClose} />
      <View className='inbox-sheet-body'>
        <View className='sheet-title'>筛选</View>
        <Options name='kind' title='类型' anyLabel='全部' values={KINDS} labels={TICKET_KIND_LABELS} value={draft.kind} onChange={(kind) => set({ kind })} />
        <Options name='status' title='状态' anyLabel='按上方标签' values={TICKET_STATUSES} labels={TICKET_STATUS_LABELS} value={draft.status} onChange={(status) => set({ status })} />
        <Options name='light' title='期限' anyLabel='不限' values={DUE_LIGHTS} labels={DUE_LIGHT_LABELS} value={draft.light} onChange={(light) => set({ light })} />
        <Options name='category' title='诉求类别' anyLabel='不限' values={GRIEVANCE_CATEGORIES} labels={GRIEVANCE_CATEGORY_LABELS} value={draft.category} onChange={(category) => set({ category })} />
        <View className='sheet-group'>
          <View className='sheet-group-title'>提交日期</View>
          <DateRangeFields from={draft.from} to={draft.to} end={today} error={error} onChange={(r) => set(r)} />
        </View>
        <View className='btn-row sheet-actions'>
          <AppButton className='btn btn--plain sheet-reset' onClick={() => setDraft({ ...draft, kind: null, status: null, light: null, category: null, from: '', to: '' })}>
            重置
          </AppButton>
          <AppButton className='btn btn--primary sheet-apply' onClick={apply}>
            确定
          </AppButton>
        </View>
      </View>
    </View>
  )
}
