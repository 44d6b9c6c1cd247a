import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'
import './index.scss'

export interface PhotoItem {
  /** Local key for React and for updates while uploading. */
  key: string
  /** Temp file on this device (absent for photos restored from a saved draft). */
  localPath?: string
  status: 'uploading' | 'done' | 'failed'
  progress: number
  id?: string
  url?: string
  error?: string
}

interface PhotoFieldProps {
  photos: PhotoItem[]
  max: number
  onAdd: () => void
  onRetry: (key: string) => void
  onRemove: (key: string) => void
  onPreview: (key: string) => void
  /** Extra class for the add tile, e.g. `supplement-photo-add`. */
  addClassName?: string
}

/** Thumbnails with upload progress, retry and remove, and an add tile while there is room. */
export function PhotoField({ photos, max, onAdd, onRetry, onRemove, onPreview, addClassName }: PhotoFieldProps) {
  // A photo restored from an old draft may have an expired signed URL; it is still attached.
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set())
  return (
    <View className='photo-grid photo-list'>
      {photos.map((p) => (
        <View key={p.key} className={cx('photo-item', `photo-item--${p.status}`)} data-status={p.status}>
          {broken.has(p.key) ? (
            <View className='photo-thumb photo-placeholder'>照片已上传</View>
          ) : (
            <Image
              className='photo-thumb'
              src={p.localPath ?? p.url ?? ''}
              mode='aspectFill'
              onClick={() => onPreview(p.key)}
              onError={() => setBroken((prev) => new Set(prev).add(p.key))}
            />
          )}
          {p.status === 'uploading' ? <View className='photo-overlay photo-progress'>上传中 {Math.round(p.progress)}%</View> : null}
          {p.status === 'failed' ? (
            <View className='photo-overlay photo-failed' onClick={() => onRetry(p.key)}>
              <Text>上传失败</Text>
              <Text className='photo-retry'>点此重试</Text>
            </View>
          ) : null}
          <View className='photo-remove' onClick={() => onRemove(p.key)}>
            ×
          </View>
        </View>
      ))}
      {photos.length < max ? (
        <View className={cx('photo-add', addClassName)} onClick={onAdd}>
          <Text className='photo-add-plus'>+</Text>
          <Text className='photo-add-text'>添加照片</Text>
        </View>
      ) : null}
    </View>
  )
}
