import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { setUnauthenticatedHandler } from './services/request'
import { LOGIN_PAGE } from './utils/routes'
import './app.scss'

/** Several requests can fail with 401 at once; open the login page only once for them. */
const LOGIN_REDIRECT_GAP_MS = 2000

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    let last = 0
    // An expired or revoked session (already cleared by the request layer) sends the person to
    // login from wherever they are; after login they come back to that page, which reloads.
    setUnauthenticatedHandler(() => {
      const pages = Taro.getCurrentPages()
      const route = pages[pages.length - 1]?.route ?? ''
      if ((route && LOGIN_PAGE.includes(route)) || Date.now() - last < LOGIN_REDIRECT_GAP_MS) return
      last = Date.now()
      void Taro.navigateTo({ url: LOGIN_PAGE })
    })
  })
  return children
}

export default App
