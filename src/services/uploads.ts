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

export interface UploadOptions {
  /** The name the file is sent under (H5 sends the picked file's own name otherwise). */
  fileName?: string
  /** Called with 0–100 while the bytes go out. */
  onProgress?: (percent: number) => void
}

async function send(filePath: string, options: UploadOptions, badAnswer: string): Promise<UploadResponse> {
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    const task = Taro.uploadFile({
      url: buildUrl('/uploads'),
      filePath,
      name: 'file',
      ...(options.fileName ? { fileName: options.fileName } : {}),
      header: authHeader(),
      timeout: UPLOAD_TIMEOUT_MS
    })
    const { onProgress } = options
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
    throw new ApiError('INTERNAL', badAnswer, res.statusCode)
  }
  throw toApiError(res.statusCode, res.data)
}

/**
 * Upload one photo (multipart field `file`). `onProgress` gets 0–100. The server judges the
 * type from the bytes; JPEG, PNG and WebP up to 10 MB are accepted.
 */
export function uploadPhoto(filePath: string, onProgress?: (percent: number) => void): Promise<UploadResponse> {
  return send(filePath, { onProgress }, '照片上传失败，请重试')
}

/**
 * Upload one file of any kind the server takes (multipart field `file`): JPG/PNG/WebP photos
 * and PDF documents up to 10 MB, the type judged from the bytes. The answer's `mime` says
 * what the server found.
 */
export function uploadFile(filePath: string, options: UploadOptions = {}): Promise<UploadResponse> {
  return send(filePath, options, '文件上传失败，请重试')
}

/**
 * Show a PDF: the browser opens it on H5; on weapp a local file opens at once, an uploaded one
 * (a signed URL) is downloaded to a temp file first. Rejects with ApiError('NETWORK') when the
 * download fails.
 */
export async function openPdf(pathOrUrl: string, local: boolean): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(pathOrUrl, '_blank')
    return
  }
  let filePath = pathOrUrl
  if (!local) {
    try {
      const res = await Taro.downloadFile({ url: pathOrUrl, header: authHeader() })
      if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`status ${res.statusCode}`)
      filePath = res.tempFilePath
    } catch {
      throw new ApiError('NETWORK', NETWORK_MESSAGE)
    }
  }
  await Taro.openDocument({ filePath, fileType: 'pdf' })
}
