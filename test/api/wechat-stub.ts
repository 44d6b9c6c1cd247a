// A stand-in for WeChat's API on 127.0.0.1: answers jscode2session per the code it is given.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface WechatStub {
  baseUrl: string
  calls: URLSearchParams[]
  close(): Promise<void>
}

/** `replies` maps a js_code to WeChat's JSON answer. */
export async function startWechatStub(replies: Record<string, object>): Promise<WechatStub> {
  const calls: URLSearchParams[] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end()
      return
    }
    calls.push(url.searchParams)
    const reply = replies[url.searchParams.get('js_code') ?? ''] ?? { errcode: 40029, errmsg: 'invalid code' }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(reply))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, calls, close: () => new Promise((r) => server.close(() => r())) }
}
