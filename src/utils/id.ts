const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * An idempotency key for one write (`[A-Za-z0-9_-]{8,64}`): the time in base 36 plus 16
 * random characters. Generated once per draft or action and reused on every retry, so a
 * repeated request turns into the same ticket or event on the server.
 */
export function newClientRequestId(): string {
  let random = ''
  for (let i = 0; i < 16; i++) random += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return `${Date.now().toString(36)}-${random}`
}
