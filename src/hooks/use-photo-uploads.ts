import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { PhotoItem } from '../components/photo-field'
import { errorMessage } from '../services/request'
import { uploadPhoto } from '../services/uploads'

export interface UploadedPhoto {
  id: string
  url: string
}

export interface PhotoUploads {
  photos: PhotoItem[]
  /** Pick photos from the album or camera and start uploading them; false when cancelled or full. */
  add: () => Promise<boolean>
  retry: (key: string) => void
  remove: (key: string) => void
  preview: (key: string) => void
  /** Photos whose upload finished, in screen order. */
  uploaded: () => UploadedPhoto[]
  /** Why the photos cannot be sent yet (still uploading, or a failure), if so. */
  blocker: () => string | undefined
  clear: () => void
}

let seq = 0
const photoKey = () => `p${Date.now().toString(36)}${(seq++).toString(36)}`

/** Photos chosen on this device and uploaded at once (POST /api/uploads), at most `max`. */
export function usePhotoUploads(max: number, initial: readonly UploadedPhoto[] = []): PhotoUploads {
  const [photos, setPhotos] = useState<PhotoItem[]>(() =>
    initial.map((p) => ({ key: photoKey(), status: 'done', progress: 100, id: p.id, url: p.url }))
  )
  // The latest list, for callbacks that run after an await.
  const current = useRef(photos)
  current.current = photos

  const patch = (key: string, change: Partial<PhotoItem>) => {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)))
  }

  const start = (key: string, localPath: string) => {
    patch(key, { status: 'uploading', progress: 0, error: undefined })
    uploadPhoto(localPath, (progress) => patch(key, { progress })).then(
      (res) => patch(key, { status: 'done', progress: 100, id: res.id, url: res.url }),
      (err: unknown) => patch(key, { status: 'failed', error: errorMessage(err) })
    )
  }

  const add = async (): Promise<boolean> => {
    const room = max - current.current.length
    if (room <= 0) return false
    let paths: string[]
    try {
      const res = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      paths = res.tempFilePaths.slice(0, room)
    } catch {
      return false // cancelled
    }
    const added: PhotoItem[] = paths.map((localPath) => ({ key: photoKey(), localPath, status: 'uploading', progress: 0 }))
    setPhotos((list) => list.concat(added).slice(0, max))
    added.forEach((p) => start(p.key, p.localPath ?? ''))
    return added.length > 0
  }

  const retry = (key: string) => {
    const p = current.current.find((x) => x.key === key)
    if (p?.localPath) start(key, p.localPath)
  }

  const remove = (key: string) => setPhotos((list) => list.filter((p) => p.key !== key))

  const preview = (key: string) => {
    const list = current.current
    const urls = list.map((p) => p.localPath ?? p.url ?? '').filter(Boolean)
    const shown = list.find((p) => p.key === key)
    void Taro.previewImage({ urls, current: shown?.localPath ?? shown?.url ?? urls[0] })
  }

  const uploaded = (): UploadedPhoto[] =>
    current.current.flatMap((p) => (p.status === 'done' && p.id && p.url ? [{ id: p.id, url: p.url }] : []))

  const blocker = (): string | undefined => {
    const list = current.current
    if (list.some((p) => p.status === 'uploading')) return '还有照片正在上传，请稍候再提交'
    if (list.some((p) => p.status === 'failed')) return '有照片上传失败，请点击重试或删除后再提交'
    return undefined
  }

  return { photos, add, retry, remove, preview, uploaded, blocker, clear: () => setPhotos([]) }
}
