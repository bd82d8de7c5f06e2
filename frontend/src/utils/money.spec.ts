import { describe, expect, it } from 'vitest'
import { amountNumber, decimalText, formatMoney, formatMoneyShort } from './money'

describe('formatMoney', () => {
  it('formats a BigDecimal string exactly, in cents for whole amounts', () => {
    expect(formatMoney('1234.56789012', 'USD', 'en')).toBe('$1,234.57')
    expect(formatMoney('12345678901234567.125', 'USD', 'en')).toBe('$12,345,678,901,234,567.13')
    expect(formatMoney('0', 'USD', 'en')).toBe('$0.00')
  })

  it('shows fractions of a cent with more digits', () => {
    expect(formatMoney('0.00012345', 'USD', 'en')).toBe('$0.000123')
    expect(formatMoney(0.0345, 'USD', 'en')).toBe('$0.0345')
    expect(formatMoney(1e-7, 'USD', 'en')).toBe('$0.00')
  })

  it('takes numbers and strings alike and writes the currency of the locale', () => {
    expect(formatMoney(2.5, 'CNY', 'zh-CN')).toBe('¥2.50')
    expect(formatMoney('2.50000000', 'CNY', 'zh-CN')).toBe('¥2.50')
    expect(formatMoney(3, 'EUR', 'en')).toBe('€3.00')
  })

  it('puts a label that is no currency code after the figure', () => {
    expect(formatMoney('12.5', 'credits', 'en')).toBe('12.50 credits')
    expect(formatMoney('12.5', '元', 'zh-CN')).toBe('12.50 元')
    expect(formatMoney('12.5', '', 'en')).toBe('12.50')
  })

  it('gives the fallback for an unpriced or unreadable amount', () => {
    expect(formatMoney(null, 'USD', 'en')).toBe('—')
    expect(formatMoney(undefined, 'USD', 'en', '')).toBe('')
    expect(formatMoney('abc', 'USD', 'en')).toBe('—')
    expect(formatMoney(Number.NaN, 'USD', 'en')).toBe('—')
  })
})

describe('money helpers', () => {
  it('reads decimal text from numbers and strings', () => {
    expect(decimalText(' 0.10 ')).toBe('0.10')
    expect(decimalText(1e-7)).toBe('0.0000001')
    expect(decimalText('1e3')).toBeNull()
    expect(amountNumber('0.25')).toBe(0.25)
    expect(amountNumber(null)).toBe(0)
  })

  it('writes short figures with four significant digits', () => {
    expect(formatMoneyShort('1234.5678', 'USD', 'en')).toBe('$1,235')
    expect(formatMoneyShort('0.012345', 'USD', 'en')).toBe('$0.01235')
  })
})
