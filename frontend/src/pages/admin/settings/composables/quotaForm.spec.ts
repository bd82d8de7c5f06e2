import { describe, expect, it } from 'vitest'
import { quotaFormFrom, toQuotaConfig, validateQuotaForm } from './quotaForm'

const config = { guest_rpm: 10, user_rpm: 60, log_retention_days: 90, registration: 'open' as const, registrations_per_ip_hour: 5 }

describe('cost and quota settings form', () => {
  it('shows no limit as an empty field and the default currency when the server has none', () => {
    expect(quotaFormFrom(config)).toEqual({ currency: 'USD', user_monthly_token_quota: '', guest_daily_token_quota: '' })
    expect(quotaFormFrom({ ...config, currency: 'CNY', user_monthly_token_quota: 200000, guest_daily_token_quota: null })).toEqual({
      currency: 'CNY', user_monthly_token_quota: '200000', guest_daily_token_quota: '',
    })
  })

  it('sends an empty quota as null (no limit) and a typed one as a number', () => {
    expect(toQuotaConfig({ currency: ' CNY ', user_monthly_token_quota: ' 200000 ', guest_daily_token_quota: '' })).toEqual({
      currency: 'CNY', user_monthly_token_quota: 200000, guest_daily_token_quota: null,
    })
  })

  it('wants a short currency label and whole, non-negative quotas', () => {
    expect(validateQuotaForm({ currency: '', user_monthly_token_quota: '-1', guest_daily_token_quota: '1.5' })).toEqual({
      currency: 'required', user_monthly_token_quota: 'range', guest_daily_token_quota: 'integer',
    })
    expect(validateQuotaForm({ currency: 'a very long currency label', user_monthly_token_quota: '0', guest_daily_token_quota: '' })).toEqual({
      currency: 'tooLong', user_monthly_token_quota: null, guest_daily_token_quota: null,
    })
  })
})
