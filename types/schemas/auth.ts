import { z } from 'zod'

export const wechatLoginSchema = z.object({
  code: z.string({ message: '缺少登录凭证' }).trim().min(1, { message: '缺少登录凭证' }).max(128, { message: '登录凭证格式不正确' })
})
export const demoLoginSchema = z.object({
  account: z.string({ message: '请选择演示账号' }).regex(/^[a-z0-9-]{2,32}$/, { message: '演示账号不存在' })
})
