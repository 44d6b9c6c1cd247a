import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import { errorMessage } from '../../../services/request'
import type { InboxQuery } from '../../../services/tickets'
import { requestTicketExport } from '../../../services/workbench-dashboard'
import { openExport } from '../childcare-roster/open-export'

/** 导出台账: an .xlsx of exactly what the list shows, saying whether phone numbers are masked. */
export function ExportButton({ query }: { query: InboxQuery }) {
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState('')
  const run = async () => {
    if (busy) return
    setBusy(true)
    try {
      const link = await requestTicketExport(query)
      setNote(link.masked ? '已导出，手机号已隐去中间四位' : '已导出，含完整手机号，请妥善保管')
      await openExport(link.url)
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='inbox-export'>
      <AppButton className='btn btn--plain inbox-export-btn' disabled={busy} onClick={() => void run()}>
        {busy ? '正在生成…' : '导出台账'}
      </AppButton>
      {note ? <View className='muted inbox-export-note'>{note}</View> : null}
    </View>
  )
}
