import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { AppButton } from '../../components/app-button'
import { PageShell } from '../../components/page-shell'
import { useCurrentUser } from '../../hooks/use-current-user'
import { useLargeText } from '../../hooks/use-large-text'
import { useUnreadBadge } from '../../hooks/use-unread-badge'
import { logout } from '../../services/auth'
import { setLargeText } from '../../services/prefs'
import {
  CHILDREN_PAGE,
  DASHBOARD_PAGE,
  GRIEVANCE_LIST_PAGE,
  LEGAL_AID_CASES_PAGE,
  loginUrl,
  WORKBENCH_CLASSES_PAGE,
  WORKBENCH_DUTY_ROSTER_PAGE,
  WORKBENCH_INBOX_PAGE
} from '../../utils/routes'
import { MenuItem } from './menu-item'
import './index.scss'

const MESSAGES_PAGE = '/packages/messages/index/index'
const CANNED_REPLIES_PAGE = '/packages/workbench/canned-replies/index'
const DEADLINES_PAGE = '/packages/workbench/deadlines/index'
const CALENDAR_PAGE = '/packages/workbench/calendar/index'

export default function MinePage() {
  const { user, loggedIn, isCadre } = useCurrentUser()
  const large = useLargeText()
  const unread = useUnreadBadge(loggedIn)
  const [leaving, setLeaving] = useState(false)

  const go = (url: string) => {
    void Taro.navigateTo({ url: loggedIn ? url : loginUrl(url) })
  }

  const onLogout = async () => {
    if (leaving) return
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出登录吗？', confirmColor: '#C8161D' })
    if (!confirm) return
    setLeaving(true)
    try {
      await logout()
    } catch {
      // The device has forgotten the session either way.
    } finally {
      setLeaving(false)
    }
  }

  return (
    <PageShell className='mine'>
      <View className='card mine-profile'>
        {loggedIn ? (
          <View>
            <View className='mine-name'>{user?.displayName ?? '已登录'}</View>
            {user && user.cadreOf.length > 0 ? (
              <View className='mine-unions'>
                {user.cadreOf.map((u) => (
                  <Text key={u.id} className='tag tag--red mine-union'>
                    {u.name}
                  </Text>
                ))}
              </View>
            ) : (
              <View className='muted'>{user?.isLawyer ? '法律援助律师' : '职工'}</View>
            )}
          </View>
        ) : (
          <View>
            <View className='mine-name'>未登录</View>
            <View className='muted'>登录后可以提交和查看诉求</View>
          </View>
        )}
      </View>

      <View className='card mine-menu'>
        <MenuItem name='menu-messages' label='消息中心' count={loggedIn ? unread : 0} onOpen={() => go(MESSAGES_PAGE)} />
        <MenuItem name='menu-grievances' label='我的诉求与报名' onOpen={() => go(GRIEVANCE_LIST_PAGE)} />
        <MenuItem name='menu-children' label='我的孩子' onOpen={() => go(CHILDREN_PAGE)} />
        {user?.isLawyer ? <MenuItem name='menu-legal-cases' label='律师工作台' onOpen={() => go(LEGAL_AID_CASES_PAGE)} /> : null}
        {isCadre ? (
          <>
            <MenuItem name='menu-workbench' label='工会工作台' onOpen={() => go(WORKBENCH_INBOX_PAGE)} />
            <MenuItem name='menu-dashboard' label='工作台数据' onOpen={() => go(DASHBOARD_PAGE)} />
            <MenuItem name='menu-canned-replies' label='常用回复管理' onOpen={() => go(CANNED_REPLIES_PAGE)} />
            <MenuItem name='menu-deadlines' label='答复时限设置' onOpen={() => go(DEADLINES_PAGE)} />
            <MenuItem name='menu-childcare-classes' label='爱心托班管理' onOpen={() => go(WORKBENCH_CLASSES_PAGE)} />
            <MenuItem name='menu-duty-roster' label='法律援助值班表' onOpen={() => go(WORKBENCH_DUTY_ROSTER_PAGE)} />
          </>
        ) : null}
        {user?.isCalendarAdmin ? <MenuItem name='menu-calendar' label='节假日安排' onOpen={() => go(CALENDAR_PAGE)} /> : null}
        <View className='menu-item menu-large-text'>
          <View>
            <View>大字模式</View>
            <View className='muted'>放大全部页面的文字</View>
          </View>
          <Switch className='large-text-switch' checked={large} color='#C8161D' onChange={(e) => setLargeText(e.detail.value)} />
        </View>
      </View>

      {loggedIn ? (
        <AppButton className='btn btn--plain btn--block logout-btn' disabled={leaving} onClick={() => void onLogout()}>
          退出登录
        </AppButton>
      ) : (
        <AppButton className='btn btn--primary btn--block login-btn' onClick={() => void Taro.navigateTo({ url: loginUrl() })}>
          登录
        </AppButton>
      )}
    </PageShell>
  )
}
