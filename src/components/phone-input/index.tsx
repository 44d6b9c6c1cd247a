import { Input } from '@tarojs/components'

interface PhoneInputProps {
  value: string
  onChange: (value: string) => void
}

/** A phone number box: the number keypad on phones, room for a landline with area code. */
export function PhoneInput({ value, onChange }: PhoneInputProps) {
  return (
    <Input
      className='input'
      type='number'
      value={value}
      maxlength={20}
      placeholder='手机号或座机号'
      placeholderClass='placeholder'
      onInput={(e) => onChange(e.detail.value)}
    />
  )
}
