import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError } from '@/http/errors'
import { useErrorDialogStore } from './errorDialog'

const RATE_LIMIT = { error: { type: 'rate_limit_exceeded', message: '您超过当前使用限制，请稍后再试', retry_after: 42 } }
const QUOTA = { error: { type: 'quota_exceeded', message: '本月额度已用完', reset_at: '2027-01-01T00:00:00Z' } }

describe('error dialog store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows a rate limit as before: its kind with the seconds to wait, no quota notice', () => {
    const store = useErrorDialogStore()
    store.show(ApiError.fromEnvelope(429, RATE_LIMIT))
    expect(store.kind).toBe('rate_limit')
    expect(store.error?.retryAfter).toBe(42)
    expect(store.quota).toBeNull()
  })

  it('shows an exhausted quota as its own case, with the reset date and no countdown', () => {
    const store = useErrorDialogStore()
    store.show(ApiError.fromEnvelope(429, QUOTA, '3600'))
    expect(store.kind).toBe('quota')
    expect(store.quota).toEqual({ message: '本月额度已用完', resetAt: '2027-01-01T00:00:00Z' })
  })

  it('forgets the quota notice when dismissed, and a later error replaces it', () => {
    const store = useErrorDialogStore()
    store.show(ApiError.fromEnvelope(429, QUOTA))
    store.dismiss()
    expect(store.quota).toBeNull()
    store.show(ApiError.fromEnvelope(429, QUOTA))
    store.show(ApiError.fromEnvelope(502, { error: { type: 'upstream_error', message: 'down' } }))
    expect(store.kind).toBe('upstream')
    expect(store.quota).toBeNull()
  })

  it('treats anything that is not an API error as a network failure', () => {
    const store = useErrorDialogStore()
    store.show(new Error('boom'))
    expect(store.kind).toBe('network')
  })
})
