// A form field holding a textarea with a live character count next to its label (red once
// over the limit), as the long free-text fields of the request forms have.
import { Text, Textarea } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../../utils/class-names'
import { FormField } from '../form-field'
import './index.scss'

interface TextareaFieldProps {
  name: string
  label: string
  required?: boolean
  error?: string
  hint?: ReactNode
  value: string
  max: number
  placeholder: string
  /** Extra class on the textarea itself. */
  className?: string
  onInput: (value: string) => void
}

export function TextareaField({ name, label, required, error, hint, value, max, placeholder, className, onInput }: TextareaFieldProps) {
  return (
    <FormField
      name={name}
      label={label}
      required={required}
      error={error}
      hint={hint}
      extra={
        <Text className={cx('char-count', value.length > max && 'char-count--over')}>
          {value.length}/{max}
        </Text>
      }
    >
      <Textarea
        className={cx('textarea', className)}
        value={value}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass='placeholder'
        onInput={(e) => onInput(e.detail.value)}
      />
    </FormField>
  )
}
