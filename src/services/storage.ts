// Thin typed access to Taro storage (localStorage on H5, wx storage on weapp). Storage can
// throw when full or unavailable; the app then behaves as if nothing was stored.
import Taro from '@tarojs/taro'

export function readStorage(key: string): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    return undefined
  }
}

export function writeStorage(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    return true
  } catch {
    return false
  }
}

export function removeStorage(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing stored, nothing to remove
  }
}

/** A tiny observable: listeners are told when a stored value changes in this process. */
export function createSignal<T>() {
  const listeners = new Set<(value: T) => void>()
  return {
    emit(value: T) {
      listeners.forEach((l) => l(value))
    },
    subscribe(listener: (value: T) => void): () => void {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
