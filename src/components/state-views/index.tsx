import { Text, View } from '@tarojs/components'
import { AppButton } from '../app-button'
import './index.scss'

export function LoadingState({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state state-loading'>
      <View className='state-spinner' />
      <Text className='state-text'>{text}</Text>
    </View>
  )
}

interface EmptyStateProps {
  text: string
  actionText?: string
  onAction?: () => void
}

export function EmptyState({ text, actionText, onAction }: EmptyStateProps) {
  return (
    <View className='state state-empty'>
      <Text className='state-text'>{text}</Text>
      {actionText && onAction ? (
        <AppButton className='btn btn--primary state-action' onClick={onAction}>
          {actionText}
        </AppButton>
      ) : null}
    </View>
  )
}

interface ErrorStateProps {
  message: string
  onRetry: () => void
}

export function ErrorState({ message, onRetry }: ErrorStateProps) {
  return (
    <View className='state state-error'>
      <Text className='state-text'>{message}</Text>
      <AppButton className='btn state-action retry-btn' onClick={onRetry}>
        重试
      </AppButton>
    </View>
  )
}
