import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { DutySlot, PersonRef } from '../../../../types/api-legal-aid'
import { APPOINTMENT_MODE_LABELS, APPOINTMENT_MODES, WEEKDAY_LABELS, type AppointmentMode } from '../../../../types/legal-aid'
import { dutySlotSchema } from '../../../../types/schemas/legal-aid'
import { AppButton } from '../../../components/app-button'
import { FormField } from '../../../components/form-field'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { useLoad } from '../../../hooks/use-load'
import { addDutySlot, fetchStationLawyers } from '../../../services/legal-aid-cases'
import { cx } from '../../../utils/class-names'
import { parseWith, saveFailure, type FieldErrors } from '../admin-kit/form'

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

interface ChoiceProps {
  id: string
  on: boolean
  label: string
  onPick: () => void
}

function Choice({ id, on, label, onPick }: ChoiceProps) {
  return (
    <View id={id} className={cx('choice-option', on && 'choice-option--on')} onClick={onPick}>
      <Text>{label}</Text>
    </View>
  )
}

function LawyerChoices({ stationId, value, onChange }: { stationId: string; value: string; onChange: (id: string) => void }) {
  const load = useLoad(useCallback(() => fetchStationLawyers(stationId), [stationId]))
  const { state } = load
  if (state.status === 'loading') return <LoadingState text='正在加载律师…' />
  if (state.status === 'error') return <ErrorState message={state.error} onRetry={() => void load.reload()} />
  if (state.value.length === 0) return <EmptyState text='本援助站还没有登记律师' />
  return (
    <View className='choice-options lawyer-options'>
      {state.value.map((l: PersonRef) => (
        <Choice key={l.id} id={`lawyer-${l.id}`} on={l.id === value} label={l.name} onPick={() => onChange(l.id)} />
      ))}
    </View>
  )
}

interface SlotFormProps {
  stationId: string
  onSaved: (slot: DutySlot) => void
  onCancel: () => void
}

/** A new weekly duty slot, checked with the server's schema before it is sent. */
export function SlotForm({ stationId, onSaved, onCancel }: SlotFormProps) {
  const [weekday, setWeekday] = useState<number | null>(null)
  const [startTime, setStartTime] = useState('')
  const [endTime, setEndTime] = useState('')
  const [lawyerId, setLawyerId] = useState('')
  const [mode, setMode] = useState<AppointmentMode | ''>('')
  const [place, setPlace] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    if (saving) return
    const parsed = parseWith(dutySlotSchema, {
      weekday: weekday ?? undefined,
      startTime: startTime.trim(),
      endTime: endTime.trim(),
      lawyerId: lawyerId || undefined,
      mode: mode || undefined,
      place
    })
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      const slot = await addDutySlot(stationId, parsed.data)
      void Taro.showToast({ title: '已添加', icon: 'success' })
      onSaved(slot)
    } catch (err) {
      const failure = saveFailure(err)
      setErrors({ ...failure.errors, ...(Object.keys(failure.errors).length === 0 ? { _: failure.message } : {}) })
      void Taro.showToast({ title: failure.message, icon: 'none' })
      setSaving(false)
    }
  }

  return (
    <View className='slot-form'>
      <View className='section-title'>新增值班时段</View>
      <FormField name='weekday' label='星期' required error={errors.weekday}>
        <View className='choice-options weekday-options'>
          {WEEKDAYS.map((d) => (
            <Choice key={d} id={`weekday-${d}`} on={weekday === d} label={WEEKDAY_LABELS[d] ?? ''} onPick={() => setWeekday(d)} />
          ))}
        </View>
      </FormField>
      <FormField name='start' label='开始时间' required error={errors.startTime}>
        <Input className='input' value={startTime} maxlength={5} placeholder='如 09:00' placeholderClass='placeholder' onInput={(e) => setStartTime(e.detail.value)} />
      </FormField>
      <FormField name='end' label='结束时间' required error={errors.endTime}>
        <Input className='input' value={endTime} maxlength={5} placeholder='如 11:30' placeholderClass='placeholder' onInput={(e) => setEndTime(e.detail.value)} />
      </FormField>
      <FormField name='lawyer' label='值班律师' required error={errors.lawyerId}>
        <LawyerChoices stationId={stationId} value={lawyerId} onChange={setLawyerId} />
      </FormField>
      <FormField name='mode' label='方式' required error={errors.mode}>
        <View className='choice-options mode-options'>
          {APPOINTMENT_MODES.map((m) => (
            <Choice key={m} id={`mode-${m}`} on={mode === m} label={APPOINTMENT_MODE_LABELS[m]} onPick={() => setMode(m)} />
          ))}
        </View>
      </FormField>
      <FormField
        name='place'
        label={mode === 'phone' ? '咨询电话' : '地点或电话'}
        required
        error={errors.place}
        hint='到站面谈写房间地址，电话咨询写接听电话'
      >
        <Input
          className='input'
          value={place}
          maxlength={100}
          placeholder={mode === 'phone' ? '如 0574-65512345' : '如 跃龙街道职工服务中心 2 楼'}
          placeholderClass='placeholder'
          onInput={(e) => setPlace(e.detail.value)}
        />
      </FormField>
      {errors._ ? <View className='field-error slot-form-error'>{errors._}</View> : null}
      <View className='row-actions'>
        <AppButton className='btn btn--plain cancel-btn' disabled={saving} onClick={onCancel}>
          取消
        </AppButton>
        <AppButton className='btn btn--primary save-btn' disabled={saving} onClick={() => void submit()}>
          {saving ? '正在保存…' : '保存'}
        </AppButton>
      </View>
    </View>
  )
}
