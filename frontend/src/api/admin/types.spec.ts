import { describe, expect, it } from 'vitest'
import { toItems } from './types'

describe('toItems', () => {
  it('accepts a plain array or a page object', () => {
    expect(toItems([1, 2])).toEqual([1, 2])
    expect(toItems({ items: [3], total: 1, page: 1, size: 20 })).toEqual([3])
    expect(toItems(null)).toEqual([])
  })
})
