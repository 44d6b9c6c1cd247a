import Taro from '@tarojs/taro'

function openPages(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0 // no page stack (the page was opened on its own)
  }
}

/** Back to the page the person came from, or to `fallback` when this page was opened directly. */
export function goBackOr(fallback: string): void {
  if (openPages() > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallback })
}
