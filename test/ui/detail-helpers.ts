// Shared by the worker and cadre detail tests.
import { $$ } from './helpers'

/** The actions whose buttons are on screen, e.g. ['confirm', 'reject']. */
export function shownActions(): string[] {
  return $$('.action-btn').map((b) => {
    const cls = Array.from(b.classList).find((c) => c.startsWith('action-') && c !== 'action-btn' && c !== 'action-btn--open')
    return cls ? cls.slice('action-'.length) : '?'
  })
}

export const CLIENT_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

export const PHOTO_ID = '0e5d8a52-1c4b-4a7e-9f00-3b2a1c0d0003'
