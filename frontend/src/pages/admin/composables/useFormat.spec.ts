import { describe, expect, it } from 'vitest'
import { formatDateTime } from './useFormat'

describe('formatDateTime', () => {
  it('shows an instant in local time, seconds included', () => {
    const iso = new Date(2024, 4, 1, 8, 5, 9).toISOString()
    expect(formatDateTime(iso)).toBe('2024-05-01 08:05:09')
  })

  it('leaves empty and unreadable values alone', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('soon')).toBe('soon')
  })
})
