// Payload schemas for 职工说事. The same schema validates the form in the app and the
// request on the server, so the two can never disagree about what is acceptable.
import { z } from 'zod'
import { GRIEVANCE_CATEGORIES } from '../enums'

export const MAX_PHOTOS = 6
export const MAX_DESCRIPTION = 2000
export const MAX_TITLE = 50

const uuid = z.uuid({ message: '编号格式不正确' })

/** Mainland mobile number or a landline with area code. */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

export const grievanceSubmitSchema = z.object({
  clientRequestId: z
    .string({ message: '缺少请求编号' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' }),
  category: z.enum(GRIEVANCE_CATEGORIES, { message: '请选择诉求类别' }),
  title: z
    .string({ message: '请填写标题' })
    .trim()
    .min(4, { message: '标题至少 4 个字' })
    .max(MAX_TITLE, { message: `标题不能超过 ${MAX_TITLE} 个字` }),
  description: z
    .string({ message: '请描述您的诉求' })
    .trim()
    .min(10, { message: '诉求描述至少 10 个字，请写清楚发生了什么' })
    .max(MAX_DESCRIPTION, { message: `诉求描述不能超过 ${MAX_DESCRIPTION} 个字` }),
  employer: z
    .string({ message: '请填写工作单位' })
    .trim()
    .max(100, { message: '工作单位不能超过 100 个字' })
    .default(''),
  targetUnionId: z.uuid({ message: '请选择受理工会' }),
  contactPhone: z
    .string({ message: '请填写联系电话' })
    .trim()
    .regex(phonePattern, { message: '请填写正确的手机号或座机号（如 0574-65512345）' }),
  confidential: z.boolean({ message: '保密选项格式不正确' }).default(false),
  /** Urgent requests (safety, wages owed today) get the short answer deadline. */
  urgent: z.boolean({ message: '紧急选项格式不正确' }).default(false),
  attachmentIds: z
    .array(uuid, { message: '照片格式不正确' })
    .max(MAX_PHOTOS, { message: `照片最多 ${MAX_PHOTOS} 张` })
    .default([])
})
export type GrievanceSubmitInput = z.input<typeof grievanceSubmitSchema>
export type GrievanceSubmit = z.output<typeof grievanceSubmitSchema>
