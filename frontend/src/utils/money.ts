/**
 * Money on screen. The server keeps amounts as decimals (BigDecimal) and may send them as JSON numbers or as
 * strings; they are formatted from their decimal text, so no binary floating point rounds a stored amount.
 */

/** An amount as the server sends it: a JSON number, a decimal string, or null when unpriced. */
export type Amount = number | string | null | undefined

const DECIMAL = /^-?\d+(\.\d+)?$/

/** The amount as plain decimal text (`"0.00012"`), or null when absent or unreadable. */
export function decimalText(value: Amount): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    // JavaScript prints very small numbers in exponent form; toFixed(20) is exact enough for a display figure.
    const text = Math.abs(value) < 1e-6 && value !== 0 ? value.toFixed(20).replace(/0+$/, '') : String(value)
    return DECIMAL.test(text) ? text : null
  }
  const text = value.trim()
  return DECIMAL.test(text) ? text : null
}

/** Fraction digits that show a figure meaningfully: cents for whole amounts, more for fractions of a cent. */
export function fractionDigits(text: string): { min: number; max: number } {
  const abs = Math.abs(Number(text))
  if (abs === 0 || abs >= 1) return { min: 2, max: 2 }
  if (abs >= 0.01) return { min: 2, max: 4 }
  return { min: 2, max: 6 }
}

/** A three-letter code (`USD`, `CNY`) is a currency Intl knows how to write; anything else is shown as a label. */
export function isCurrencyCode(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency.trim())
}

/**
 * `formatMoney("1234.5", "USD", "en")` → `$1,234.50`; `("0.000123", "CNY", "zh-CN")` → `¥0.000123`;
 * `(2, "credits", "en")` → `2.00 credits`. An absent or unreadable amount gives `fallback`.
 */
export function formatMoney(value: Amount, currency: string, locale: string, fallback = '—'): string {
  const text = decimalText(value)
  if (text === null) return fallback
  const digits = fractionDigits(text)
  const label = currency.trim()
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits.min, maximumFractionDigits: digits.max }
  if (isCurrencyCode(label)) Object.assign(options, { style: 'currency', currency: label })
  // Intl formats a decimal string exactly (no conversion to a double first).
  const formatted = new Intl.NumberFormat(locale, options).format(text as unknown as number)
  return isCurrencyCode(label) || label === '' ? formatted : `${formatted} ${label}`
}

/** A price or cost for an axis or a compact cell: at most 4 significant digits. */
export function formatMoneyShort(value: Amount, currency: string, locale: string): string {
  const text = decimalText(value)
  if (text === null) return '—'
  const label = currency.trim()
  const options: Intl.NumberFormatOptions = { maximumSignificantDigits: 4 }
  if (isCurrencyCode(label)) Object.assign(options, { style: 'currency', currency: label })
  const formatted = new Intl.NumberFormat(locale, options).format(text as unknown as number)
  return isCurrencyCode(label) || label === '' ? formatted : `${formatted} ${label}`
}

/** For charts: the amount as a number (display only; sums and storage stay on the server). */
export function amountNumber(value: Amount): number {
  const text = decimalText(value)
  return text === null ? 0 : Number(text)
}
