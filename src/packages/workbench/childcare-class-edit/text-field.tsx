import { Input, Textarea } from '@tarojs/components'
import { FormField } from '../../../components/form-field'

interface TextFieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  required?: boolean
  placeholder?: string
  hint?: string
  multiline?: boolean
  maxlength?: number
  numeric?: boolean
}

/** One labelled text box with its Chinese error; `name` gives the field's `.field-<name>` class. */
export function TextField({ name, label, value, onChange, error, required, placeholder, hint, multiline, maxlength = 100, numeric }: TextFieldProps) {
  return (
    <FormField name={name} label={label} required={required} error={error} hint={hint}>
      {multiline ? (
        <Textarea className='textarea' value={value} maxlength={maxlength} placeholder={placeholder} placeholderClass='placeholder' onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input className='input' type={numeric ? 'digit' : 'text'} value={value} maxlength={maxlength} placeholder={placeholder} placeholderClass='placeholder' onInput={(e) => onChange(e.detail.value)} />
      )}
    </FormField>
  )
}
