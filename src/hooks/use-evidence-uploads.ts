import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from '../../types/legal-aid'
import { errorMessage } from '../services/request'
import { openPdf, uploadFile } from '../services/uploads'

export type EvidenceKind = 'image' | 'pdf'

/** Where new evidence comes from: the album/camera and WeChat chat files (weapp), or the
 * browser's file dialog, which offers both (H5). */
export type EvidenceSource = 'photo' | 'pdf' | 'file'

export interface EvidenceItem {
  /** Local key for React and for updates while uploading. */
  key: string
  kind: EvidenceKind
  name: string
  size: number
  /** Temp file or object URL on this device (absent for files restored from a saved draft). */
  localPath?: string
  status: 'uploading' | 'done' | 'failed'
  progress: number
  id?: string
  url?: string
  error?: string
}

export interface UploadedEvidence {
  id: string
  url: string
  kind: EvidenceKind
  name: string
  size: number
}

/** One file as the picker reports it, before any check. */
export interface PickedFile {
  name: string
  size: number
  /** The browser's type for it, '' when unknown. */
  mime: string
  /** Set when the picker can only return one kind (the album returns photos). */
  kind?: EvidenceKind
  /** A temp file path (weapp) … */
  path?: string
  /** … or the browser's File (H5), turned into an object URL only once accepted. */
  file?: File
}

export interface EvidenceUploads {
  items: EvidenceItem[]
  /** Why files from the last pick were not added (too many, too large, not a photo or PDF). */
  refused: string[]
  /** Pick files, check them and start uploading the acceptable ones; false when none was added. */
  add: (source: EvidenceSource) => Promise<boolean>
  retry: (key: string) => void
  remove: (key: string) => void
  preview: (key: string) => void
  /** Files whose upload finished, in screen order. */
  uploaded: () => UploadedEvidence[]
  /** Why the evidence cannot be sent yet (still uploading, or a failure), if so. */
  blocker: () => string | undefined
}

const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp']
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp']
const MAX_MB = Math.round(MAX_EVIDENCE_BYTES / 1024 / 1024)

function extension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Photo or PDF, judged from what the picker says; null for anything else. The server checks
 * the bytes again. */
export function evidenceKind(file: Pick<PickedFile, 'name' | 'mime' | 'kind'>): EvidenceKind | null {
  if (file.kind) return file.kind
  const mime = file.mime.toLowerCase()
  if (mime === 'application/pdf') return 'pdf'
  if (IMAGE_MIMES.includes(mime)) return 'image'
  if (mime) return null
  const ext = extension(file.name)
  if (ext === 'pdf') return 'pdf'
  return IMAGE_EXTENSIONS.includes(ext) ? 'image' : null
}

// Shown by the ticket detail too, which must not pull this hook into the main package.
export { fileSizeText } from '../utils/file-size'

/**
 * The checks made before anything is uploaded: the kind, the size and how many fit. Returns the
 * files to upload and a Chinese sentence for each refusal.
 */
export function screenEvidence(picked: readonly PickedFile[], room: number): { accepted: (PickedFile & { kind: EvidenceKind })[]; refused: string[] } {
  const refused: string[] = []
  const fit: (PickedFile & { kind: EvidenceKind })[] = []
  for (const f of picked) {
    const kind = evidenceKind(f)
    const shown = f.name || '所选文件'
    if (!kind) refused.push(`“${shown}”不是照片或 PDF，只能上传 JPG、PNG、WebP 照片或 PDF 文件`)
    else if (f.size > MAX_EVIDENCE_BYTES) refused.push(`“${shown}”超过 ${MAX_MB} MB，无法上传，请压缩或拆分后再试`)
    else if (f.size === 0) refused.push(`“${shown}”是空文件，请重新选择`)
    else fit.push({ ...f, kind })
  }
  const accepted = fit.slice(0, Math.max(0, room))
  const over = fit.length - accepted.length
  if (over > 0) {
    refused.push(
      accepted.length === 0
        ? `证据材料最多 ${MAX_EVIDENCE_FILES} 个文件，请先删除不需要的再添加`
        : `证据材料最多 ${MAX_EVIDENCE_FILES} 个文件，另外 ${over} 个没有添加`
    )
  }
  return { accepted, refused }
}

/** H5: the browser's own file dialog (photos and PDF), through a hidden <input type="file">. */
function pickWithFileInput(): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    // A dialog dismissed where the browser sends no `cancel` event leaves its input behind.
    document.querySelectorAll('input.evidence-file-input').forEach((el) => el.remove())
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*,application/pdf'
    input.multiple = true
    input.className = 'evidence-file-input'
    input.style.display = 'none'
    const finish = (files: PickedFile[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => {
      finish(Array.from(input.files ?? []).map((file) => ({ name: file.name, size: file.size, mime: file.type, file })))
    })
    input.addEventListener('cancel', () => finish([]))
    document.body.appendChild(input)
    input.click()
  })
}

async function pick(source: EvidenceSource, room: number): Promise<PickedFile[]> {
  // The browser's dialog offers photos and PDF at once; WeChat has one picker for each.
  if (process.env.TARO_ENV === 'h5' || source === 'file') return pickWithFileInput()
  // Ask for one more than fits, so picking too many is said rather than silently cut.
  const count = Math.min(room + 1, MAX_EVIDENCE_FILES)
  try {
    if (source === 'pdf') {
      const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] })
      return res.tempFiles.map((f) => ({ name: f.name, size: f.size, mime: '', path: f.path }))
    }
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return res.tempFiles.map((f, i) => ({
      name: `照片${i + 1}.${extension(f.path) || 'jpg'}`,
      size: f.size,
      mime: '',
      kind: 'image' as const,
      path: f.path || res.tempFilePaths[i]
    }))
  } catch {
    return [] // cancelled
  }
}

let seq = 0
const itemKey = () => `e${Date.now().toString(36)}${(seq++).toString(36)}`

/**
 * Evidence for a 法律援助 request: photos and PDF files, at most MAX_EVIDENCE_FILES, each at
 * most MAX_EVIDENCE_BYTES, checked on the device first and uploaded at once (POST /api/uploads).
 */
export function useEvidenceUploads(initial: readonly UploadedEvidence[] = []): EvidenceUploads {
  const [items, setItems] = useState<EvidenceItem[]>(() =>
    initial.map((e) => ({ key: itemKey(), kind: e.kind, name: e.name, size: e.size, status: 'done', progress: 100, id: e.id, url: e.url }))
  )
  const [refused, setRefused] = useState<string[]>([])
  // The latest list, for callbacks that run after an await.
  const current = useRef(items)
  current.current = items

  const patch = (key: string, change: Partial<EvidenceItem>) => {
    setItems((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)))
  }

  const start = (item: EvidenceItem) => {
    if (!item.localPath) return
    patch(item.key, { status: 'uploading', progress: 0, error: undefined })
    uploadFile(item.localPath, { fileName: item.name, onProgress: (progress) => patch(item.key, { progress }) }).then(
      (res) =>
        patch(item.key, {
          status: 'done',
          progress: 100,
          id: res.id,
          url: res.url,
          kind: res.mime === 'application/pdf' ? 'pdf' : 'image',
          size: res.size || item.size
        }),
      (err: unknown) => patch(item.key, { status: 'failed', error: errorMessage(err) })
    )
  }

  const add = async (source: EvidenceSource): Promise<boolean> => {
    setRefused([])
    const room = MAX_EVIDENCE_FILES - current.current.length
    if (room <= 0) {
      setRefused([`证据材料最多 ${MAX_EVIDENCE_FILES} 个文件，请先删除不需要的再添加`])
      return false
    }
    const picked = await pick(source, room)
    if (picked.length === 0) return false
    // The list may have changed while the dialog was open.
    const screened = screenEvidence(picked, MAX_EVIDENCE_FILES - current.current.length)
    setRefused(screened.refused)
    const added: EvidenceItem[] = screened.accepted.map((f) => ({
      key: itemKey(),
      kind: f.kind,
      name: f.name,
      size: f.size,
      localPath: f.path ?? (f.file ? URL.createObjectURL(f.file) : undefined),
      status: 'uploading',
      progress: 0
    }))
    if (added.length === 0) return false
    current.current = current.current.concat(added)
    setItems((list) => list.concat(added))
    added.forEach(start)
    return true
  }

  const retry = (key: string) => {
    const item = current.current.find((e) => e.key === key)
    if (item && item.status === 'failed') start(item)
  }

  const remove = (key: string) => {
    const item = current.current.find((e) => e.key === key)
    if (item?.localPath?.startsWith('blob:') && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(item.localPath)
    setRefused([])
    setItems((list) => list.filter((e) => e.key !== key))
  }

  const preview = (key: string) => {
    const list = current.current
    const shown = list.find((e) => e.key === key)
    if (!shown) return
    if (shown.kind === 'pdf') {
      const target = shown.localPath ?? shown.url
      if (target) openPdf(target, shown.localPath !== undefined).catch((err: unknown) => void Taro.showToast({ title: errorMessage(err), icon: 'none' }))
      return
    }
    const urls = list.filter((e) => e.kind === 'image').map((e) => e.localPath ?? e.url ?? '').filter(Boolean)
    void Taro.previewImage({ urls, current: shown.localPath ?? shown.url ?? urls[0] })
  }

  const uploaded = (): UploadedEvidence[] =>
    current.current.flatMap((e) => (e.status === 'done' && e.id && e.url ? [{ id: e.id, url: e.url, kind: e.kind, name: e.name, size: e.size }] : []))

  const blocker = (): string | undefined => {
    const list = current.current
    if (list.some((e) => e.status === 'uploading')) return '还有文件正在上传，请稍候再提交'
    if (list.some((e) => e.status === 'failed')) return '有文件上传失败，请点击重试或删除后再提交'
    return undefined
  }

  return { items, refused, add, retry, remove, preview, uploaded, blocker }
}
