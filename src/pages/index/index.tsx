import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { useCurrentUser } from '../../hooks/use-current-user'
import { useUnreadBadge } from '../../hooks/use-unread-badge'
import { cx } from '../../utils/class-names'
import { CHILDCARE_CATALOGUE_PAGE, GRIEVANCE_LIST_PAGE, GRIEVANCE_NEW_PAGE, LEGAL_AID_NEW_PAGE, loginUrl, WORKBENCH_INBOX_PAGE } from '../../utils/routes'
import './index.scss'

interface Service {
  key: string
  name: string
  desc: string
  url?: string
}

const SERVICES: Service[] = [
  { key: 'grievance', name: '职工说事', desc: '工资、安全、社保、困难……有事找娘家人，件件有回应', url: GRIEVANCE_NEW_PAGE },
  { key: 'childcare', name: '爱心托班', desc: '暑期职工子女托管报名，名额、候补一目了然', url: CHILDCARE_CATALOGUE_PAGE },
  { key: 'legal-aid', name: '法律援助', desc: '欠薪、工伤、辞退等劳动争议，值班律师免费咨询，困难职工可免费代理', url: LEGAL_AID_NEW_PAGE }
]

export default function IndexPage() {
  const { loggedIn, isCadre } = useCurrentUser()
  useUnreadBadge(loggedIn)

  /** Services need a login; without one, login first and come back to the service. */
  const go = (url: string) => {
    void Taro.navigateTo({ url: loggedIn ? url : loginUrl(url) })
  }

  return (
    <PageShell className='home'>
      <View className='home-hero'>
        <View className='home-title'>娘家人</View>
        <View className='home-subtitle'>工会服务</View>
      </View>

      <View className='home-services'>
        {SERVICES.map((s) => (
          <View
            key={s.key}
            id={`service-${s.key}`}
            className={cx('card service-card', `service-${s.key}`, !s.url && 'service-card--disabled')}
            onClick={s.url ? () => go(s.url as string) : undefined}
          >
            <View className='service-card-head'>
              <Text className='service-name'>{s.name}</Text>
              {s.url ? <Text className='service-arrow'>›</Text> : <Text className='tag service-soon'>即将开放</Text>}
            </View>
            <View className='service-desc'>{s.desc}</View>
          </View>
        ))}
      </View>

      <View className='card home-shortcuts'>
        <View className='shortcut shortcut-mine' onClick={() => go(GRIEVANCE_LIST_PAGE)}>
          <Text>我的诉求</Text>
          <Text className='service-arrow'>›</Text>
        </View>
        {isCadre ? (
          <View className='shortcut shortcut-workbench' onClick={() => go(WORKBENCH_INBOX_PAGE)}>
            <Text>工会工作台</Text>
            <Text className='service-arrow'>›</Text>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
