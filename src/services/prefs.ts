// Personal display preferences, kept on the device.
import { createSignal, readStorage, writeStorage } from './storage'

const LARGE_TEXT_KEY = 'nj.prefs.largeText'
const largeTextChanged = createSignal<boolean>()

export function getLargeText(): boolean {
  return readStorage(LARGE_TEXT_KEY) === true
}

export function setLargeText(on: boolean): void {
  writeStorage(LARGE_TEXT_KEY, on)
  largeTextChanged.emit(on)
}

export const onLargeTextChange = largeTextChanged.subscribe
