import { Text, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import type { PeriodFields } from './class-fields'
import { TextField } from './text-field'

interface PeriodEditorProps {
  periods: PeriodFields[]
  errors: Record<string, string>
  onChange: (index: number, key: keyof PeriodFields, value: string) => void
  onAdd: () => void
  onRemove: (index: number) => void
}

/** The 班期 list: each with dates, daily hours and seats; errors keyed `periods.<i>.<field>`. */
export function PeriodEditor({ periods, errors, onChange, onAdd, onRemove }: PeriodEditorProps) {
  const err = (i: number, key: keyof PeriodFields) => errors[`periods.${i}.${key}`]
  return (
    <View className='cc-periods'>
      {periods.map((p, i) => (
        <View key={i} className='card cc-period-edit' id={`period-edit-${i}`}>
          <View className='cc-period-edit-head'>
            <Text className='card-title'>班期 {i + 1}</Text>
            {periods.length > 1 ? (
              <Text className='cc-link period-remove' onClick={() => onRemove(i)}>
                删除
              </Text>
            ) : null}
          </View>
          <TextField name={`period-name-${i}`} label='名称' required value={p.name} onChange={(v) => onChange(i, 'name', v)} error={err(i, 'name')} maxlength={20} />
          <TextField name={`period-start-${i}`} label='开班日期' required value={p.startDate} onChange={(v) => onChange(i, 'startDate', v)} error={err(i, 'startDate')} placeholder='如 2027-07-05' maxlength={10} />
          <TextField name={`period-end-${i}`} label='结班日期' required value={p.endDate} onChange={(v) => onChange(i, 'endDate', v)} error={err(i, 'endDate')} placeholder='如 2027-07-16' maxlength={10} />
          <TextField name={`period-daily-start-${i}`} label='每天开始' required value={p.dailyStart} onChange={(v) => onChange(i, 'dailyStart', v)} error={err(i, 'dailyStart')} placeholder='08:30' maxlength={5} />
          <TextField name={`period-daily-end-${i}`} label='每天结束' required value={p.dailyEnd} onChange={(v) => onChange(i, 'dailyEnd', v)} error={err(i, 'dailyEnd')} placeholder='17:00' maxlength={5} />
          <TextField name={`period-capacity-${i}`} label='名额' required numeric value={p.capacity} onChange={(v) => onChange(i, 'capacity', v)} error={err(i, 'capacity')} maxlength={3} />
        </View>
      ))}
      {errors.periods ? <View className='field-error'>{errors.periods}</View> : null}
      <AppButton className='btn btn--plain btn--block period-add' onClick={onAdd}>
        添加班期
      </AppButton>
    </View>
  )
}
