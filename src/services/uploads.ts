import Taro from '@tarojs/taro'
import type { UploadResponse } from '../../types/api'
import { ApiError, authHeader, buildUrl, NETWORK_MESSAGE, resolveFileUrl, toApiError } from './request'

const UPLOAD_TIMEOUT_MS = 60_000

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data) as unknown
  } catch {
    return undefined
  }
}

function isUpload(value: unknown): value is UploadResponse {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.url === 'string'
}

/**
 * Upload one photo (multipart field `file`). `onProgress` gets 0–100. The server judges the
 * type from the bytes; JPEG, PNG and WebP up to 10 MB are accepted.
 */
export async function uploadPhoto(filePath: string, onProgress?: (percent: number) => void): Promise<UploadResponse> {
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    const task = Taro.uploadFile({
      url: buildUrl('/uploads'),
      filePath,
      name: 'file',
      header: authHeader(),
      timeout: UPLOAD_TIMEOUT_MS
    })
    if (onProgress && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((p) => onProgress(p.progress))
    }
    res = await task
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE)
  }
  if (res.statusCode >= 200 && res.statusCode < 300) {
    const body = parse(res.data)
    if (isUpload(body)) return { ...body, url: resolveFileUrl(body.url) }
    throw new ApiError('INTERNAL', '照片上传失败，请重试', res.statusCode)
  }
  throw toApiError(res.statusCode, res.data)
}
