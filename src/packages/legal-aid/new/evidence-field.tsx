import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { MAX_EVIDENCE_FILES } from '../../../../types/legal-aid'
import { fileSizeText, type EvidenceItem, type EvidenceSource } from '../../../hooks/use-evidence-uploads'
import { cx } from '../../../utils/class-names'

interface EvidenceFieldProps {
  items: EvidenceItem[]
  refused: string[]
  onAdd: (source: EvidenceSource) => void
  onRetry: (key: string) => void
  onRemove: (key: string) => void
  onPreview: (key: string) => void
}

function statusText(e: EvidenceItem): string {
  if (e.status === 'uploading') return `上传中 ${Math.round(e.progress)}%`
  if (e.status === 'failed') return '上传失败'
  return '已上传'
}

/** Evidence files, one row each: what it is, its upload progress or error, retry and delete. */
export function EvidenceField({ items, refused, onAdd, onRetry, onRemove, onPreview }: EvidenceFieldProps) {
  // A photo restored from an old draft may have an expired signed URL; it is still attached.
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set())
  const full = items.length >= MAX_EVIDENCE_FILES
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <View className='la-evidence'>
      {items.map((e) => (
        <View key={e.key} className={cx('la-evidence-item', `la-evidence-item--${e.status}`)} data-status={e.status} data-kind={e.kind}>
          <View className='la-evidence-main'>
            <View className='la-evidence-thumb' onClick={() => onPreview(e.key)}>
              {e.kind === 'image' && (e.localPath ?? e.url) && !broken.has(e.key) ? (
                <Image
                  className='la-evidence-image'
                  src={e.localPath ?? e.url ?? ''}
                  mode='aspectFill'
                  onError={() => setBroken((prev) => new Set(prev).add(e.key))}
                />
              ) : (
                <Text className='la-evidence-pdf'>{e.kind === 'pdf' ? 'PDF' : '照片'}</Text>
              )}
            </View>
            <View className='la-evidence-info' onClick={() => onPreview(e.key)}>
              <View className='la-evidence-name'>{e.name || (e.kind === 'pdf' ? 'PDF 文件' : '照片')}</View>
              <View className='la-evidence-meta'>
                {e.size > 0 ? <Text className='muted'>{fileSizeText(e.size)} · </Text> : null}
                <Text className={cx('la-evidence-status', e.status === 'failed' && 'la-evidence-status--failed')}>{statusText(e)}</Text>
              </View>
              {e.status === 'uploading' ? (
                <View className='la-progress'>
                  <View className='la-progress-bar' style={{ width: `${Math.round(e.progress)}%` }} />
                </View>
              ) : null}
            </View>
            <View className='la-evidence-actions'>
              {e.status === 'failed' ? (
                <Text className='la-link la-evidence-retry' onClick={() => onRetry(e.key)}>
                  重试
                </Text>
              ) : null}
              <Text className='la-link la-evidence-remove' onClick={() => onRemove(e.key)}>
                删除
              </Text>
            </View>
          </View>
          {e.status === 'failed' && e.error ? <View className='la-evidence-error'>{e.error}</View> : null}
        </View>
      ))}
      {refused.length > 0 ? (
        <View className='la-evidence-refused'>
          {refused.map((r, i) => (
            <View key={i} className='la-evidence-refusal'>
              {r}
            </View>
          ))}
        </View>
      ) : null}
      <View className={cx('la-evidence-add-row', full && 'la-evidence-add-row--full')}>
        {h5 ? (
          <View className='la-evidence-add la-evidence-add-file' onClick={() => onAdd('file')}>
            ＋ 添加照片或 PDF
          </View>
        ) : (
          <>
            <View className='la-evidence-add la-evidence-add-photo' onClick={() => onAdd('photo')}>
              ＋ 拍照或相册
            </View>
            <View className='la-evidence-add la-evidence-add-pdf' onClick={() => onAdd('pdf')}>
              ＋ 聊天中的 PDF
            </View>
          </>
        )}
      </View>
      <View className='field-hint la-evidence-count'>
        已添加 {items.length}/{MAX_EVIDENCE_FILES} 个，每个不超过 10 MB
      </View>
    </View>
  )
}
