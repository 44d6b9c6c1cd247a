import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClassDetail } from '../../../../types/api-childcare'
import { ALLOCATION_MODE_LABELS, PRIORITY_GROUP_LABELS } from '../../../../types/childcare'
import { formatDateTime } from '../../../utils/date'
import { feeText, rangeText } from '../../../utils/childcare-format'
import { InfoRow } from '../kit/info-row'

function openMap(cls: ClassDetail): void {
  if (cls.latitude === null || cls.longitude === null) return
  void Taro.openLocation({ latitude: cls.latitude, longitude: cls.longitude, name: cls.title, address: cls.address, scale: 16 }).catch(() => undefined)
}

/** 抽签：8月1日 周六 10:00 抽签 (已于 … 完成). */
function allocationText(cls: ClassDetail): string {
  const mode = ALLOCATION_MODE_LABELS[cls.allocationMode]
  if (cls.allocationMode !== 'lottery') return `${mode}，名额满后可候补`
  if (cls.drawnAt) return `${mode}，已于 ${formatDateTime(cls.drawnAt)} 完成抽签`
  return cls.drawAt ? `${mode}，${formatDateTime(cls.drawAt)} 公开抽签` : mode
}

/** Everything a parent weighs before signing up: where, who, what it costs, how seats go. */
export function ClassInfo({ cls }: { cls: ClassDetail }) {
  const onMap = cls.latitude !== null && cls.longitude !== null
  return (
    <View className='card cc-class-info'>
      <InfoRow label='地址' className='cc-info-address'>
        <Text>{cls.address}</Text>
        {onMap ? (
          <Text className='cc-link cc-map-link' onClick={() => openMap(cls)}>
            {' '}查看地图
          </Text>
        ) : null}
      </InfoRow>
      <InfoRow label='招收' className='cc-info-range'>
        {rangeText(cls)}
      </InfoRow>
      <InfoRow label='费用' className='cc-info-fee'>
        {feeText(cls.fee)}
      </InfoRow>
      <InfoRow label='分配方式' className='cc-info-allocation'>
        {allocationText(cls)}
      </InfoRow>
      {cls.priorityGroups.length > 0 ? (
        <InfoRow label='优先' className='cc-info-priority'>
          {cls.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join('、')}
        </InfoRow>
      ) : null}
      {cls.bring ? (
        <InfoRow label='携带物品' className='cc-info-bring'>
          {cls.bring}
        </InfoRow>
      ) : null}
      <View className='cc-class-rules muted'>
        {cls.reviewRequired ? <View>报名后需工会审核资格，审核通过才算入班。</View> : null}
        {cls.onePeriodPerChild && cls.periods.length > 1 ? <View>每个孩子只能报名其中一个班期。</View> : null}
        <View>候补转正后请在 {cls.claimHours} 小时内确认入班，逾期名额顺延。</View>
        {cls.cancelCutoffHours > 0 ? <View>开班前 {cls.cancelCutoffHours} 小时之前可以取消报名。</View> : null}
      </View>
    </View>
  )
}
