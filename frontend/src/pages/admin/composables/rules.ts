/** Small field rules shared by the admin forms; the server stays the authority. */
import { decimalText } from '@/utils/money'

export type NumberError = 'required' | 'integer' | 'range'

/** A whole number between min and max (inclusive), typed as text or number. */
export function integerInRange(value: string | number, min: number, max: number): NumberError | null {
  const text = String(value).trim()
  if (text === '') return 'required'
  if (!/^-?\d+$/.test(text)) return 'integer'
  const n = Number(text)
  return n >= min && n <= max ? null : 'range'
}

export type DecimalError = 'decimal' | 'range'

/** Largest price or cost quota the forms accept; the server's columns hold far more, this catches typos. */
export const MONEY_MAX = 1_000_000_000

/**
 * An optional decimal amount (a price, a cost quota): empty is fine (null = none), otherwise a plain decimal
 * `0.15` with at most 9 decimals (the server's precision), between 0 and `max`.
 */
export function optionalDecimal(value: string, max = MONEY_MAX): DecimalError | null {
  const text = value.trim()
  if (text === '') return null
  if (!/^\d+(\.\d{1,9})?$/.test(text)) return 'decimal'
  return Number(text) <= max ? null : 'range'
}

/** An optional whole number (a token quota, an RPM): empty is fine (null = none), else min–max. */
export function optionalInteger(value: string, min: number, max: number): NumberError | null {
  return value.trim() === '' ? null : integerInRange(value, min, max)
}

/** The form text as the wire value: null for empty, else the number (JSON keeps the typed decimal digits). */
export function numberOrNull(value: string): number | null {
  const text = value.trim()
  return text === '' ? null : Number(text)
}

/** A wire amount (number, decimal string or null) as form text; tiny numbers without an exponent (1e-9 → 0.000000001). */
export function amountText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : (decimalText(value) ?? String(value))
}
