import type { FastifyError, FastifyInstance } from 'fastify'
import type { ApiErrorBody } from '../../types/errors'
import { AppError } from '../errors'

// Fastify's own error codes for bad requests, mapped to our stable codes.
const FASTIFY_CODES: Record<string, AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('VALIDATION_FAILED', '请求内容不是有效的 JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError('VALIDATION_FAILED', '请求内容为空'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError('UNSUPPORTED_FILE_TYPE', '不支持的请求格式'),
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('PAYLOAD_TOO_LARGE', '提交的内容太大'),
  FST_REQ_FILE_TOO_LARGE: new AppError('PAYLOAD_TOO_LARGE', '照片不能超过 10MB，请压缩后重试'),
  FST_FILES_LIMIT: new AppError('VALIDATION_FAILED', '一次只能上传一张照片'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: new AppError('VALIDATION_FAILED', '请以表单方式上传照片')
}

function toBody(e: AppError): ApiErrorBody {
  return { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.reason ? { reason: e.reason } : {}) } }
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let known: AppError | undefined
    if (err instanceof AppError) known = err
    else if (err.code && FASTIFY_CODES[err.code]) known = FASTIFY_CODES[err.code]
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      known = new AppError('VALIDATION_FAILED', '请求格式不正确', undefined, err.statusCode)
    }
    if (known) return reply.status(known.status).send(toBody(known))
    request.log.error({ err }, 'unhandled error')
    return reply.status(500).send(toBody(new AppError('INTERNAL', '服务器开小差了，请稍后重试')))
  })
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(toBody(new AppError('NOT_FOUND', `接口不存在：${request.method} ${request.url.split('?')[0]}`)))
  })
}
