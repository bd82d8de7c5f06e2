// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fetchMyUsage } from '@/api/me'
import type { MyUsage } from '@/api/me/types'
import { useAuthStore } from './auth'
import { useUsageStore } from './usage'

vi.mock('@/api/me', () => ({ fetchMyUsage: vi.fn() }))
const fetchUsage = vi.mocked(fetchMyUsage)

const USAGE: MyUsage = {
  period: { start: '2026-12-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
  calls: 2,
  tokens: 28,
  cost: 0.03,
  quota: { tokens: 40, cost: null },
  remaining: { tokens: 12, cost: null },
}

describe('usage store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    fetchUsage.mockReset()
  })

  it('asks nothing for a guest, who has no allowance of their own to show', async () => {
    const store = useUsageStore()
    await store.refresh()
    expect(fetchUsage).not.toHaveBeenCalled()
    expect(store.usage).toBeNull()
  })

  it('loads the signed-in user\'s figures, and keeps the last ones when a refresh fails', async () => {
    useAuthStore().token = 'jwt'
    const store = useUsageStore()
    fetchUsage.mockResolvedValueOnce(USAGE)
    await store.refresh()
    expect(store.usage).toEqual(USAGE)
    fetchUsage.mockRejectedValueOnce(new Error('offline'))
    await store.refresh()
    expect(store.usage).toEqual(USAGE)
  })

  it('shares one request between refreshes asked for at the same time', async () => {
    useAuthStore().token = 'jwt'
    const store = useUsageStore()
    fetchUsage.mockResolvedValue(USAGE)
    await Promise.all([store.refresh(), store.refresh()])
    expect(fetchUsage).toHaveBeenCalledTimes(1)
  })
})
