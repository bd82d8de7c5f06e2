import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchMyUsage } from './index'

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('fetchMyUsage', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('gives the usage when the server has the endpoint', async () => {
    const usage = {
      period: { start: '2026-12-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
      calls: 3,
      tokens: 1200,
      cost: null,
      quota: { tokens: 100000, cost: null },
      remaining: { tokens: 98800, cost: null },
    }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(200, usage)))
    expect(await fetchMyUsage()).toEqual(usage)
  })

  it('gives null while the server has no such endpoint, so the menu leaves the slot empty', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(404, { error: { type: 'not_found', message: 'Not Found' } })))
    expect(await fetchMyUsage()).toBeNull()
  })

  it('still reports other failures', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(500, { error: { type: 'internal_error', message: 'x' } })))
    await expect(fetchMyUsage()).rejects.toMatchObject({ status: 500 })
  })
})
