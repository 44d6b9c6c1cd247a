// A stand-in on 127.0.0.1 for the two WeChat server APIs subscribe messages use:
// POST /cgi-bin/stable_token and POST /cgi-bin/message/subscribe/send. It records every call
// and answers send calls from a queue the test fills (empty queue = success).
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TokenCall {
  body: { grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean }
}

export interface SendCall {
  accessToken: string | null
  body: {
    touser?: string
    template_id?: string
    page?: string
    lang?: string
    data?: Record<string, { value: string }>
  }
}

export interface WechatSendStub {
  baseUrl: string
  tokenCalls: TokenCall[]
  sendCalls: SendCall[]
  /** Tokens handed out so far, in order (tok-1, tok-2, …). */
  issuedTokens: string[]
  /** Answers for the next send calls, taken in order; when empty a send succeeds. */
  sendReplies: object[]
  /** Forget recorded calls and queued answers. */
  reset(): void
  close(): Promise<void>
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

export async function startWechatSendStub(): Promise<WechatSendStub> {
  const stub: Omit<WechatSendStub, 'baseUrl' | 'close'> = {
    tokenCalls: [],
    sendCalls: [],
    issuedTokens: [],
    sendReplies: [],
    reset() {
      stub.tokenCalls.length = 0
      stub.sendCalls.length = 0
      stub.sendReplies.length = 0
    }
  }
  let tokenSeq = 0
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const answer = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (req.method !== 'POST') {
      res.writeHead(405).end()
      return
    }
    readJson(req).then(
      (body) => {
        if (url.pathname === '/cgi-bin/stable_token') {
          stub.tokenCalls.push({ body: body as TokenCall['body'] })
          const token = `tok-${++tokenSeq}`
          stub.issuedTokens.push(token)
          answer({ access_token: token, expires_in: 7200 })
        } else if (url.pathname === '/cgi-bin/message/subscribe/send') {
          stub.sendCalls.push({ accessToken: url.searchParams.get('access_token'), body: body as SendCall['body'] })
          answer(stub.sendReplies.shift() ?? { errcode: 0, errmsg: 'ok' })
        } else {
          res.writeHead(404).end()
        }
      },
      () => res.writeHead(400).end()
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return Object.assign(stub, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r()))
  })
}
