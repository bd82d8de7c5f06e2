import { describe, expect, it } from 'vitest'
import { integerInRange } from './rules'

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
