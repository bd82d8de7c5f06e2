/** Small field rules shared by the admin forms; the server stays the authority. */

export type NumberError = 'required' | 'integer' | 'range'

/** A whole number between min and max (inclusive), typed as text or number. */
export function integerInRange(value: string | number, min: number, max: number): NumberError | null {
  const text = String(value).trim()
  if (text === '') return 'required'
  if (!/^-?\d+$/.test(text)) return 'integer'
  const n = Number(text)
  return n >= min && n <= max ? null : 'range'
}
