/** The cost and quota settings (SPEC §14) as a form: the currency label and two optional token quotas. */
import type { SystemConfig } from '@/api/admin/config/types'
import { numberOrNull, optionalInteger, type NumberError } from '../../composables/rules'
import { DEFAULT_CURRENCY } from '../../composables/useCurrency'

export type QuotaField = 'currency' | 'user_monthly_token_quota' | 'guest_daily_token_quota'
export type QuotaForm = Record<QuotaField, string>
export type QuotaError = NumberError | 'tooLong' | 'control'

export const TOKEN_QUOTA_MAX = 1_000_000_000_000
export const CURRENCY_MAX = 16

export function quotaFormFrom(config: SystemConfig): QuotaForm {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))
  return {
    currency: config.currency ?? DEFAULT_CURRENCY,
    user_monthly_token_quota: text(config.user_monthly_token_quota),
    guest_daily_token_quota: text(config.guest_daily_token_quota),
  }
}

export function validateQuotaForm(form: QuotaForm): Record<QuotaField, QuotaError | null> {
  const currency = form.currency.trim()
  return {
    currency: currency === '' ? 'required' : currency.length > CURRENCY_MAX ? 'tooLong' : /[\u0000-\u001f\u007f]/.test(currency) ? 'control' : null,
    user_monthly_token_quota: optionalInteger(form.user_monthly_token_quota, 0, TOKEN_QUOTA_MAX),
    guest_daily_token_quota: optionalInteger(form.guest_daily_token_quota, 0, TOKEN_QUOTA_MAX),
  }
}

/** Only these three settings (the server keeps the others); an empty quota is sent as null, i.e. no limit. */
export function toQuotaConfig(form: QuotaForm): Partial<SystemConfig> {
  return {
    currency: form.currency.trim(),
    user_monthly_token_quota: numberOrNull(form.user_monthly_token_quota),
    guest_daily_token_quota: numberOrNull(form.guest_daily_token_quota),
  }
}
