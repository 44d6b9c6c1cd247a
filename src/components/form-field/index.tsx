import type { PropsWithChildren, ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from '../../utils/class-names'

interface FormFieldProps {
  /** Field key: gives the wrapper `id="field-<name>"` and class `field-<name>`. */
  name: string
  label: string
  required?: boolean
  error?: string
  hint?: ReactNode
  extra?: ReactNode
}

export function FormField({ name, label, required, error, hint, extra, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View id={`field-${name}`} className={cx('field', `field-${name}`, error && 'field--invalid')}>
      <View className='field-label'>
        <Text>{label}</Text>
        {required ? <Text className='field-required'>*</Text> : null}
        {extra ? <View className='field-extra'>{extra}</View> : null}
      </View>
      {children}
      {hint ? <View className='field-hint'>{hint}</View> : null}
      {error ? <View className='field-error'>{error}</View> : null}
    </View>
  )
}
