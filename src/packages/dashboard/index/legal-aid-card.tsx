import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Dashboard } from '../../../../types/api-workbench'
import { EXPORT_KIND_LABELS } from '../../../../types/workbench'
import { AppButton } from '../../../components/app-button'
import { errorMessage } from '../../../services/request'
import { requestLegalCaseExport } from '../../../services/workbench-dashboard'
import { yuanText } from './format'
import { openExport } from './open-export'

export const MASKED_NOTE = '导出文件中的手机号已隐去中间四位'
export const FULL_NOTE = '导出文件含完整手机号，请妥善保管'

/** 法律援助: cases, closed cases and money recovered in the range, and the case 台账. */
export function LegalAidCard({ d }: { d: Dashboard }) {
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState('')
  const exportCases = async () => {
    if (busy) return
    setBusy(true)
    try {
      const link = await requestLegalCaseExport({ unionId: d.union.id, from: d.from, to: d.to })
      setNote(link.masked ? MASKED_NOTE : FULL_NOTE)
      await openExport(link.url)
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const { legalAid } = d
  return (
    <View className='card dash-legal-aid'>
      <View className='card-title'>法律援助</View>
      <View className='dash-figures'>
        <View className='dash-figure dash-figure-amount'>
          <Text className='dash-figure-value'>{yuanText(legalAid.amountRecovered)}</Text>
          <Text className='dash-figure-label'>为职工追回</Text>
        </View>
        <View className='dash-figure dash-figure-cases'>
          <Text className='dash-figure-value'>{legalAid.cases}</Text>
          <Text className='dash-figure-label'>案件</Text>
        </View>
        <View className='dash-figure dash-figure-closed'>
          <Text className='dash-figure-value'>{legalAid.closedCases}</Text>
          <Text className='dash-figure-label'>已结案</Text>
        </View>
      </View>
      <AppButton className='btn btn--plain btn--block legal-export-btn' disabled={busy} onClick={() => void exportCases()}>
        {busy ? '正在生成…' : `导出${EXPORT_KIND_LABELS.legal_cases}`}
      </AppButton>
      <View className='muted export-note'>{note || '手机号是否完整取决于您的导出权限'}</View>
    </View>
  )
}
