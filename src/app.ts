import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { setUnauthenticatedHandler } from './services/request'
import { LOGIN_PAGE } from './utils/routes'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // An expired or revoked session sends the person to login, once, from wherever they are.
    setUnauthenticatedHandler(() => {
      const pages = Taro.getCurrentPages()
      const current = pages[pages.length - 1]
      if (current?.route && LOGIN_PAGE.includes(current.route)) return
      void Taro.navigateTo({ url: LOGIN_PAGE })
    })
  })
  return children
}

export default App
