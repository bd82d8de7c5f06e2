import { describe, expect, it } from 'vitest'
import { settingsFormFrom, toSystemConfig, validateSettings } from './settingsForm'

describe('settings form', () => {
  it('round-trips the config through the text fields', () => {
    const config = { guest_rpm: 10, user_rpm: 60, log_retention_days: 90 }
    expect(toSystemConfig(settingsFormFrom(config))).toEqual(config)
  })

  it('checks RPMs in 1–100000 and retention in 1–3650 days', () => {
    expect(validateSettings({ guest_rpm: '0', user_rpm: '100000', log_retention_days: '3651' })).toEqual({
      guest_rpm: 'range',
      user_rpm: null,
      log_retention_days: 'range',
    })
    expect(validateSettings({ guest_rpm: '', user_rpm: '1.5', log_retention_days: '1' })).toEqual({
      guest_rpm: 'required',
      user_rpm: 'integer',
      log_retention_days: null,
    })
  })
})
