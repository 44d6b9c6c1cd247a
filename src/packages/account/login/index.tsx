import { useCallback, useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import type { DemoAccount } from '../../../../types/api'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { fetchDemoAccounts, getWechatLoginCode, loginWithDemo, loginWithWechat } from '../../../services/auth'
import { errorMessage } from '../../../services/request'
import { HOME_PAGE, TAB_PAGES } from '../../../utils/routes'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** After login: where the person was going, else back where they came from, else 首页. */
function leave(redirect: string | undefined): void {
  if (redirect && redirect.startsWith('/')) {
    const path = redirect.split('?')[0]
    if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
    else void Taro.redirectTo({ url: redirect })
    return
  }
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: HOME_PAGE })
}

type DemoState = { status: 'loading' } | { status: 'ready'; accounts: DemoAccount[] | null } | { status: 'error'; message: string }

export default function LoginPage() {
  const router = useRouter()
  const redirect = router?.params.redirect ? decodeURIComponent(router.params.redirect) : undefined
  const [demo, setDemo] = useState<DemoState>({ status: 'loading' })
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState('')

  const loadDemo = useCallback(async () => {
    setDemo({ status: 'loading' })
    try {
      setDemo({ status: 'ready', accounts: await fetchDemoAccounts() })
    } catch (err) {
      setDemo({ status: 'error', message: errorMessage(err) })
    }
  }, [])

  useEffect(() => {
    void loadDemo()
  }, [loadDemo])

  const run = async (key: string, login: () => Promise<unknown>) => {
    if (busy) return
    setBusy(key)
    setError('')
    try {
      await login()
      void Taro.showToast({ title: '登录成功', icon: 'success' })
      leave(redirect)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  const demoAccounts = demo.status === 'ready' ? demo.accounts : null

  return (
    <PageShell className='login'>
      <View className='login-hero'>
        <View className='login-title'>娘家人</View>
        <View className='login-subtitle'>登录后提交诉求、查看办理进展</View>
      </View>

      {error ? <View className='notice login-error'>{error}</View> : null}

      {IS_WEAPP ? (
        <AppButton
          className='btn btn--primary btn--block wechat-login-btn'
          disabled={busy !== null}
          onClick={() => void run('wechat', async () => loginWithWechat(await getWechatLoginCode()))}
        >
          {busy === 'wechat' ? '登录中…' : '微信一键登录'}
        </AppButton>
      ) : null}

      {demo.status === 'loading' ? <LoadingState text='正在查询演示账号…' /> : null}
      {demo.status === 'error' ? <ErrorState message={demo.message} onRetry={() => void loadDemo()} /> : null}

      {demoAccounts && demoAccounts.length > 0 ? (
        <View className='card demo-login'>
          <View className='card-title'>演示登录</View>
          <View className='muted demo-hint'>选择一个演示身份体验完整流程</View>
          {demoAccounts.map((a) => (
            <AppButton
              key={a.account}
              id={`demo-${a.account}`}
              data-account={a.account}
              className='btn btn--plain btn--block demo-account'
              disabled={busy !== null}
              onClick={() => void run(a.account, () => loginWithDemo(a.account))}
            >
              <View className='demo-account-body'>
                <Text className='demo-account-name'>{busy === a.account ? '登录中…' : a.displayName}</Text>
                <Text className='demo-account-desc'>{a.description}</Text>
              </View>
            </AppButton>
          ))}
        </View>
      ) : null}

      {demo.status === 'ready' && !demoAccounts?.length && !IS_WEAPP ? (
        <View className='card demo-off'>
          <View className='card-title'>演示登录未开启</View>
          <View className='muted'>网页版只能使用演示登录，本服务器没有开启演示登录。请在微信中搜索“娘家人”小程序登录使用。</View>
        </View>
      ) : null}
    </PageShell>
  )
}
