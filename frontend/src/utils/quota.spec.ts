import { describe, expect, it } from 'vitest'
import type { MyUsage } from '@/api/me/types'
import { allowanceView, formatResetDate } from './quota'

const usage = (over: Partial<MyUsage> = {}): MyUsage => ({
  period: { start: '2026-12-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
  calls: 3,
  tokens: 150,
  cost: '0.0012',
  quota: { tokens: null, cost: null },
  remaining: { tokens: null, cost: null },
  ...over,
})

describe('formatResetDate', () => {
  it('writes the reset time in the reader\'s language', () => {
    const iso = '2027-01-01T08:30:00Z'
    expect(formatResetDate(iso, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)))
    expect(formatResetDate(iso, 'zh-CN')).toMatch(/2027年1月1日/)
  })

  it('gives nothing for a missing or unreadable time', () => {
    expect(formatResetDate(null, 'en')).toBe('')
    expect(formatResetDate('soon', 'en')).toBe('')
  })
})

describe('allowanceView', () => {
  it('says unlimited when no quota applies', () => {
    expect(allowanceView(usage())).toMatchObject({ lines: [], unlimited: true, exhausted: false, resetsAt: '2027-01-01T00:00:00Z' })
  })

  it('shows what is left of a token quota and how full it is', () => {
    const view = allowanceView(usage({ quota: { tokens: 200, cost: null }, remaining: { tokens: 50, cost: null } }))
    expect(view.lines).toEqual([{ kind: 'tokens', used: 150, quota: 200, left: 50, ratio: 0.75, exhausted: false }])
    expect(view.exhausted).toBe(false)
  })

  it('marks a used-up allowance, cost quotas included', () => {
    const view = allowanceView(usage({ cost: '2.5', quota: { tokens: 100, cost: '2.5' }, remaining: { tokens: 0, cost: '0' } }))
    expect(view.lines.map((l) => [l.kind, l.exhausted, l.ratio])).toEqual([['tokens', true, 1], ['cost', true, 1]])
    expect(view.exhausted).toBe(true)
  })

  it('works out what is left when the server sends only the quota', () => {
    const view = allowanceView(usage({ tokens: 260, quota: { tokens: 200, cost: null }, remaining: { tokens: null, cost: null } }))
    expect(view.lines[0]).toMatchObject({ left: 0, ratio: 1, exhausted: true })
  })
})
