import { describe, expect, it } from 'vitest'
import { settingsFormFrom, toSystemConfig, validateSettings } from './settingsForm'

describe('settings form', () => {
  it('round-trips the config through the text fields', () => {
    const config = { guest_rpm: 10, user_rpm: 60, log_retention_days: 90, registration: 'closed' as const, registrations_per_ip_hour: 5 }
    expect(toSystemConfig(settingsFormFrom(config))).toEqual(config)
  })

  it('checks RPMs and sign-ups per hour in 1–100000 and retention in 1–3650 days', () => {
    const base = { registration: 'open' as const, registrations_per_ip_hour: '5' }
    expect(validateSettings({ ...base, guest_rpm: '0', user_rpm: '100000', log_retention_days: '3651' })).toEqual({
      guest_rpm: 'range',
      user_rpm: null,
      log_retention_days: 'range',
      registrations_per_ip_hour: null,
    })
    expect(validateSettings({ ...base, guest_rpm: '', user_rpm: '1.5', log_retention_days: '1', registrations_per_ip_hour: '0' })).toEqual({
      guest_rpm: 'required',
      user_rpm: 'integer',
      log_retention_days: null,
      registrations_per_ip_hour: 'range',
    })
  })
})
