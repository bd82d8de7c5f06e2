import { describe, expect, it } from 'vitest'
import { ApiError } from './errors'

describe('ApiError', () => {
  it('reads the rate-limit envelope with its retry_after', () => {
    const error = ApiError.fromEnvelope(429, {
      error: { type: 'rate_limit_exceeded', message: '您超过当前使用限制，请稍后再试', retry_after: 37 },
    })
    expect(error.kind).toBe('rate_limit')
    expect(error.retryAfter).toBe(37)
    expect(error.serverMessage).toBe('您超过当前使用限制，请稍后再试')
  })

  it('falls back to the Retry-After header', () => {
    expect(ApiError.fromEnvelope(429, { error: { type: 'rate_limit_exceeded', message: 'x' } }, '12').retryAfter).toBe(12)
  })

  it('tells upstream failures, 401s, network failures and the rest apart', () => {
    expect(ApiError.fromEnvelope(502, { error: { type: 'upstream_error', message: 'x' } }).kind).toBe('upstream')
    expect(ApiError.fromEnvelope(503, { error: { type: 'upstream_error', message: 'x' } }).kind).toBe('upstream')
    expect(ApiError.fromEnvelope(401, null).kind).toBe('unauthorized')
    expect(ApiError.network().kind).toBe('network')
    expect(ApiError.fromEnvelope(400, { error: { type: 'invalid_request', message: 'bad' } }).kind).toBe('other')
    expect(ApiError.fromEnvelope(500, '<html>').kind).toBe('other')
  })
})

describe('ApiError for an exhausted quota', () => {
  const QUOTA = { error: { type: 'quota_exceeded', message: '本月额度已用完', reset_at: '2027-01-01T00:00:00+08:00' } }

  it('is its own kind, not a rate limit, although it is a 429', () => {
    const error = ApiError.fromEnvelope(429, QUOTA, '60')
    expect(error.kind).toBe('quota')
    expect(error.resetAt).toBe('2027-01-01T00:00:00+08:00')
    expect(error.serverMessage).toBe('本月额度已用完')
  })

  it('has no reset time on other errors', () => {
    expect(ApiError.fromEnvelope(429, { error: { type: 'rate_limit_exceeded', message: 'x', retry_after: 5 } }).resetAt).toBeNull()
  })
})
