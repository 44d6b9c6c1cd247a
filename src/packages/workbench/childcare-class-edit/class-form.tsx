import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import type { UnionRef } from '../../../../types/api'
import type { ClassAdminView } from '../../../../types/api-childcare'
import { ALLOCATION_MODE_LABELS, ALLOCATION_MODES, PRIORITY_GROUP_LABELS, PRIORITY_GROUPS } from '../../../../types/childcare'
import { AppButton } from '../../../components/app-button'
import { CheckOption } from '../../../components/check-option'
import { FormField } from '../../../components/form-field'
import { UnionSwitch } from '../admin-kit/union-switch'
import { ChoiceRow } from './choice-row'
import { PeriodEditor } from './period-fields'
import { TextField } from './text-field'
import { useClassForm } from './use-class-form'

const MODES = ALLOCATION_MODES.map((m) => ({ value: m, label: ALLOCATION_MODE_LABELS[m] }))
const RANGES = [{ value: 'age' as const, label: '按年龄' }, { value: 'grade' as const, label: '按年级' }]

interface ClassFormProps {
  unions: UnionRef[]
  existing: ClassAdminView | null
  onSaved: (saved: ClassAdminView) => void
}

/** Everything a class needs before it is published; saved as a draft. */
export function ClassForm({ unions, existing, onSaved }: ClassFormProps) {
  const { fields: f, errors: e, saving, set, setPeriod, addPeriod, removePeriod, save } = useClassForm(existing, unions[0]?.id ?? '', onSaved)
  const pickLocation = async () => {
    try {
      const spot = await Taro.chooseLocation({})
      set('address', spot.address || spot.name)
      set('latitude', String(spot.latitude))
      set('longitude', String(spot.longitude))
    } catch {
      // Cancelled, or no location permission: the address can still be typed.
    }
  }
  const weapp = process.env.TARO_ENV === 'weapp'

  return (
    <View className='cc-class-form'>
      <FormField name='union' label='举办工会' required error={e.unionId}>
        <UnionSwitch unions={unions} value={f.unionId} onChange={(v) => set('unionId', v)} />
      </FormField>
      <TextField name='title' label='托班名称' required value={f.title} onChange={(v) => set('title', v)} error={e.title} maxlength={40} placeholder='如 跃龙街道暑期爱心托班' />
      <TextField name='season' label='季度' required value={f.season} onChange={(v) => set('season', v)} error={e.season} maxlength={20} placeholder='如 2027年暑期' />
      <TextField name='address' label='地址' required value={f.address} onChange={(v) => set('address', v)} error={e.address} />
      {weapp ? (
        <AppButton className='btn btn--plain btn--block location-btn' onClick={() => void pickLocation()}>
          {f.latitude ? `已选位置（${f.latitude}, ${f.longitude}）` : '在地图上选择位置'}
        </AppButton>
      ) : (
        <View className='cc-two'>
          <TextField name='latitude' label='纬度（选填）' numeric value={f.latitude} onChange={(v) => set('latitude', v)} error={e.latitude} maxlength={12} />
          <TextField name='longitude' label='经度（选填）' numeric value={f.longitude} onChange={(v) => set('longitude', v)} error={e.longitude} maxlength={12} />
        </View>
      )}
      <TextField name='description' label='托班介绍' required multiline maxlength={1000} value={f.description} onChange={(v) => set('description', v)} error={e.description} />

      <FormField name='range' label='招收范围' required error={e.ageMin ?? e.ageMax ?? e.gradeMin ?? e.gradeMax}>
        <ChoiceRow name='range' options={RANGES} value={f.rangeKind} onChange={(v) => set('rangeKind', v)} />
      </FormField>
      {f.rangeKind === 'age' ? (
        <View className='cc-two'>
          <TextField name='age-min' label='最小年龄' numeric value={f.ageMin} onChange={(v) => set('ageMin', v)} maxlength={2} />
          <TextField name='age-max' label='最大年龄' numeric value={f.ageMax} onChange={(v) => set('ageMax', v)} maxlength={2} />
        </View>
      ) : (
        <View className='cc-two'>
          <TextField name='grade-min' label='最低年级' hint='0 学龄前，1–9 一年级到九年级' numeric value={f.gradeMin} onChange={(v) => set('gradeMin', v)} maxlength={1} />
          <TextField name='grade-max' label='最高年级' numeric value={f.gradeMax} onChange={(v) => set('gradeMax', v)} maxlength={1} />
        </View>
      )}
      <TextField name='fee' label='费用（元，0 为免费）' numeric value={f.fee} onChange={(v) => set('fee', v)} error={e.fee} maxlength={5} />
      <TextField name='bring' label='携带物品（选填）' value={f.bring} onChange={(v) => set('bring', v)} error={e.bring} maxlength={300} />
      <FormField name='priority' label='优先类别（抽签时优先）' error={e.priorityGroups}>
        {PRIORITY_GROUPS.map((g) => (
          <CheckOption key={g} className={`priority-${g}`} checked={f.priorityGroups.includes(g)} onChange={(on) => set('priorityGroups', on ? [...f.priorityGroups, g] : f.priorityGroups.filter((x) => x !== g))}>
            {PRIORITY_GROUP_LABELS[g]}
          </CheckOption>
        ))}
      </FormField>

      <FormField name='mode' label='分配方式' required error={e.allocationMode}>
        <ChoiceRow name='mode' options={MODES} value={f.allocationMode} onChange={(v) => set('allocationMode', v)} />
      </FormField>
      <View className='cc-two'>
        <TextField name='opens-date' label='报名开始日期' required value={f.opensDate} onChange={(v) => set('opensDate', v)} error={e.opensAt} placeholder='2027-06-01' maxlength={10} />
        <TextField name='opens-time' label='时间' required value={f.opensTime} onChange={(v) => set('opensTime', v)} placeholder='09:00' maxlength={5} />
      </View>
      <View className='cc-two'>
        <TextField name='closes-date' label='报名截止日期' required value={f.closesDate} onChange={(v) => set('closesDate', v)} error={e.closesAt} placeholder='2027-06-10' maxlength={10} />
        <TextField name='closes-time' label='时间' required value={f.closesTime} onChange={(v) => set('closesTime', v)} placeholder='18:00' maxlength={5} />
      </View>
      {f.allocationMode === 'lottery' ? (
        <View className='cc-two'>
          <TextField name='draw-date' label='抽签日期' required value={f.drawDate} onChange={(v) => set('drawDate', v)} error={e.drawAt} maxlength={10} />
          <TextField name='draw-time' label='时间' required value={f.drawTime} onChange={(v) => set('drawTime', v)} maxlength={5} />
        </View>
      ) : null}

      <View className='card cc-switches'>
        <View className='cc-switch-row'>
          <Text>报名需工会审核</Text>
          <Switch className='review-switch' checked={f.reviewRequired} color='#C8161D' onChange={(ev) => set('reviewRequired', ev.detail.value)} />
        </View>
        <View className='cc-switch-row'>
          <Text>每个孩子只能报一个班期</Text>
          <Switch className='one-period-switch' checked={f.onePeriodPerChild} color='#C8161D' onChange={(ev) => set('onePeriodPerChild', ev.detail.value)} />
        </View>
      </View>
      <View className='cc-two'>
        <TextField name='claim-hours' label='候补确认时限（小时）' numeric value={f.claimHours} onChange={(v) => set('claimHours', v)} error={e.claimHours} maxlength={3} />
        <TextField name='cancel-hours' label='开班前几小时停止取消' numeric value={f.cancelCutoffHours} onChange={(v) => set('cancelCutoffHours', v)} error={e.cancelCutoffHours} maxlength={3} />
      </View>
      <View className='cc-two'>
        <TextField name='attendance' label='出勤率要求（%）' numeric value={f.attendanceThreshold} onChange={(v) => set('attendanceThreshold', v)} error={e.attendanceThreshold} maxlength={3} />
        <TextField name='waitlist' label='候补人数上限' numeric value={f.waitlistLimit} onChange={(v) => set('waitlistLimit', v)} error={e.waitlistLimit} maxlength={3} />
      </View>

      <View className='section-title'>班期</View>
      <PeriodEditor periods={f.periods} errors={e} onChange={setPeriod} onAdd={addPeriod} onRemove={removePeriod} />

      <AppButton className='btn btn--primary btn--block class-save' disabled={saving} onClick={() => void save()}>
        {saving ? '保存中…' : '保存草稿'}
      </AppButton>
    </View>
  )
}
