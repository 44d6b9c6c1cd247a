import { Text, View } from '@tarojs/components'
import type { Dashboard } from '../../../../types/api-workbench'
import { RATE_DEFINITIONS, RATE_KEYS, RATE_LABELS, RATES_EXCLUSION_NOTE } from '../../../../types/workbench'
import { rateValue, workingDaysText } from './format'

/** 三率 with the numbers behind them and their definitions, then time to 签收 / 答复 and 重办. */
export function RateCards({ d }: { d: Dashboard }) {
  return (
    <View className='card dash-rates'>
      <View className='card-title'>三率</View>
      {RATE_KEYS.map((key) => {
        const r = d.rates[key]
        return (
          <View key={key} className={`dash-rate dash-rate-${key}`}>
            <View className='dash-rate-head'>
              <Text className='dash-rate-label'>{RATE_LABELS[key]}</Text>
              <Text className='dash-rate-figure'>
                <Text className='dash-rate-value'>{rateValue(r)}</Text>
                {r.denominator > 0 ? <Text className='dash-rate-parts'>（{r.numerator}/{r.denominator}）</Text> : null}
              </Text>
            </View>
            <View className='dash-rate-definition'>{RATE_DEFINITIONS[key]}</View>
          </View>
        )
      })}
      <View className='dash-rates-note'>
        {RATES_EXCLUSION_NOTE}
        {d.counts.unreasonable > 0 ? `本期有 ${d.counts.unreasonable} 件不合理诉求未计入。` : ''}
      </View>
      <View className='dash-times'>
        <View className='dash-time dash-time-ack'>
          <Text className='dash-time-label'>平均签收用时</Text>
          <Text className='dash-time-value'>{workingDaysText(d.avgAckWorkingDays)}</Text>
        </View>
        <View className='dash-time dash-time-answer'>
          <Text className='dash-time-label'>平均答复用时</Text>
          <Text className='dash-time-value'>{workingDaysText(d.avgAnswerWorkingDays)}</Text>
        </View>
        <View className='dash-time dash-time-reopened'>
          <Text className='dash-time-label'>重办</Text>
          <Text className='dash-time-value'>
            {d.reopened.tickets} 件{d.reopened.times > d.reopened.tickets ? `（共 ${d.reopened.times} 次）` : ''}
          </Text>
        </View>
      </View>
    </View>
  )
}
