import { describe, expect, it } from 'vitest'
import { amountText, integerInRange, numberOrNull, optionalDecimal, optionalInteger } from './rules'

describe('integerInRange', () => {
  it('accepts whole numbers inside the bounds, typed as text or number', () => {
    expect(integerInRange('1', 1, 100000)).toBeNull()
    expect(integerInRange(' 100000 ', 1, 100000)).toBeNull()
    expect(integerInRange(60, 1, 100000)).toBeNull()
  })

  it('tells empty, non-integer and out-of-range values apart', () => {
    expect(integerInRange('', 1, 10)).toBe('required')
    expect(integerInRange('1.5', 1, 10)).toBe('integer')
    expect(integerInRange('abc', 1, 10)).toBe('integer')
    expect(integerInRange('0', 1, 10)).toBe('range')
    expect(integerInRange('11', 1, 10)).toBe('range')
    expect(integerInRange('-3', 1, 10)).toBe('range')
  })
})

describe('optional amounts', () => {
  it('accepts empty, whole and decimal amounts of at most 9 decimals', () => {
    expect(optionalDecimal('')).toBeNull()
    expect(optionalDecimal(' 0 ')).toBeNull()
    expect(optionalDecimal('0.15')).toBeNull()
    expect(optionalDecimal('2.123456789')).toBeNull()
    expect(optionalDecimal('2.1234567891')).toBe('decimal')
    expect(optionalDecimal('-1')).toBe('decimal')
    expect(optionalDecimal('1e3')).toBe('decimal')
    expect(optionalDecimal('.5')).toBe('decimal')
    expect(optionalDecimal('2000000000')).toBe('range')
  })

  it('accepts empty or whole numbers in range for token quotas', () => {
    expect(optionalInteger('', 0, 10)).toBeNull()
    expect(optionalInteger('10', 0, 10)).toBeNull()
    expect(optionalInteger('11', 0, 10)).toBe('range')
    expect(optionalInteger('1.5', 0, 10)).toBe('integer')
  })

  it('turns form text into wire values and back', () => {
    expect(numberOrNull('  ')).toBeNull()
    expect(numberOrNull('0.15')).toBe(0.15)
    expect(JSON.stringify({ p: numberOrNull('0.12345678') })).toBe('{"p":0.12345678}')
    expect(amountText(null)).toBe('')
    expect(amountText('0.50000000')).toBe('0.50000000')
    expect(amountText(3)).toBe('3')
    expect(amountText(1e-9)).toBe('0.000000001')
  })
})
