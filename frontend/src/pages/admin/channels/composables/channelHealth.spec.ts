import { describe, expect, it } from 'vitest'
import type { Channel } from '@/api/admin/channels/types'
import { anyAutoDisabled, healthBadge } from './channelHealth'

const base: Channel = {
  id: 1, name: 'a', base_url: 'https://a/v1', api_key: 'sk-…', model_id: 'm', rpm_limit: 60, is_enabled: true,
  created_at: '', updated_at: '',
}

describe('channel health badge', () => {
  it('shows the status, and cooling down only while it lasts', () => {
    const now = Date.parse('2026-12-04T00:00:00Z')
    expect(healthBadge({ ...base, status: 'enabled' }, now)).toBe('enabled')
    expect(healthBadge({ ...base, status: 'auto_disabled', disabled_reason: '401 from upstream' }, now)).toBe('auto_disabled')
    expect(healthBadge({ ...base, is_enabled: false }, now)).toBe('disabled')
    expect(healthBadge({ ...base, status: 'enabled', cooling_until: '2026-12-04T00:00:02Z' }, now)).toBe('cooling')
    expect(healthBadge({ ...base, status: 'enabled', cooling_until: '2026-12-03T23:59:59Z' }, now)).toBe('enabled')
  })

  it('raises the dashboard banner when any channel is auto-disabled', () => {
    expect(anyAutoDisabled([{ ...base, status: 'enabled' }, { ...base, id: 2, status: 'disabled' }])).toBe(false)
    expect(anyAutoDisabled([{ ...base, status: 'enabled' }, { ...base, id: 2, status: 'auto_disabled' }])).toBe(true)
  })
})
