// The file's type is decided by its first bytes, never by its name or declared type.
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp'
export type UploadMime = ImageMime | 'application/pdf'

export function sniffImage(head: Uint8Array): ImageMime | undefined {
  const b = (i: number) => head[i]
  if (head.length >= 3 && b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg'
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (head.length >= 8 && png.every((v, i) => b(i) === v)) return 'image/png'
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to))
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return undefined
}

/** A photo, or a PDF (which starts with "%PDF-"). */
export function sniffUpload(head: Uint8Array): UploadMime | undefined {
  if (head.length >= 5 && String.fromCharCode(...head.slice(0, 5)) === '%PDF-') return 'application/pdf'
  return sniffImage(head)
}

export const EXTENSIONS: Record<UploadMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf'
}
