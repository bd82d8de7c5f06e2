import { describe, expect, it } from 'vitest'
import { healthFormFrom, toHealthConfig, validateHealth } from './healthForm'

describe('channel health settings form', () => {
  it('round-trips the three fields and fills the SPEC defaults when the server has none', () => {
    const config = { guest_rpm: 10, user_rpm: 60, log_retention_days: 90, registration: 'open' as const, registrations_per_ip_hour: 5 }
    expect(healthFormFrom(config)).toEqual({ auto_disable: true, auto_disable_failures: '5', channel_probe_seconds: '60' })
    const changed = { ...config, auto_disable: false, auto_disable_failures: 3, channel_probe_seconds: 30 }
    expect(toHealthConfig(healthFormFrom(changed))).toEqual({ auto_disable: false, auto_disable_failures: 3, channel_probe_seconds: 30 })
  })

  it('checks failures in 1–1000 and the probe interval in 1–86400 s', () => {
    expect(validateHealth({ auto_disable: true, auto_disable_failures: '0', channel_probe_seconds: '86401' })).toEqual({
      auto_disable_failures: 'range', channel_probe_seconds: 'range',
    })
    expect(validateHealth({ auto_disable: true, auto_disable_failures: '2.5', channel_probe_seconds: '' })).toEqual({
      auto_disable_failures: 'integer', channel_probe_seconds: 'required',
    })
  })
})
