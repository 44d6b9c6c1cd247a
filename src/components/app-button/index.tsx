import { Button, type ButtonProps } from '@tarojs/components'

/**
 * Taro's Button, minus one H5 trap: React writes `disabled={false}` onto the web component as
 * the attribute `disabled="false"`, which Taro's own `[disabled]` styles still match (greyed,
 * white text). Here a button that is not disabled carries no attribute at all.
 */
export function AppButton({ disabled, ...rest }: ButtonProps) {
  return <Button {...rest} disabled={disabled ? true : undefined} />
}
