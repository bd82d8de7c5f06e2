/** The settings form: limits and retention as typed text, checked against the server's ranges. */
import type { RegistrationMode, SystemConfig } from '@/api/admin/config/types'
import { integerInRange, type NumberError } from '../../composables/rules'

/** The numeric settings, typed as text. */
export type SettingsField = 'guest_rpm' | 'user_rpm' | 'log_retention_days' | 'registrations_per_ip_hour'
export type SettingsForm = Record<SettingsField, string> & { registration: RegistrationMode }

export const SETTINGS_FIELDS: ReadonlyArray<SettingsField> = ['guest_rpm', 'user_rpm', 'log_retention_days', 'registrations_per_ip_hour']

export const SETTINGS_RANGES: Record<SettingsField, { min: number; max: number }> = {
  guest_rpm: { min: 1, max: 100_000 },
  user_rpm: { min: 1, max: 100_000 },
  log_retention_days: { min: 1, max: 3650 },
  registrations_per_ip_hour: { min: 1, max: 100_000 },
}

export function settingsFormFrom(config: SystemConfig): SettingsForm {
  return {
    guest_rpm: String(config.guest_rpm),
    user_rpm: String(config.user_rpm),
    log_retention_days: String(config.log_retention_days),
    registration: config.registration === 'closed' ? 'closed' : 'open',
    registrations_per_ip_hour: String(config.registrations_per_ip_hour ?? 5),
  }
}

export function validateSettings(form: SettingsForm): Record<SettingsField, NumberError | null> {
  const check = (field: SettingsField) => integerInRange(form[field], SETTINGS_RANGES[field].min, SETTINGS_RANGES[field].max)
  return {
    guest_rpm: check('guest_rpm'),
    user_rpm: check('user_rpm'),
    log_retention_days: check('log_retention_days'),
    registrations_per_ip_hour: check('registrations_per_ip_hour'),
  }
}

export function toSystemConfig(form: SettingsForm): SystemConfig {
  return {
    guest_rpm: Number(form.guest_rpm.trim()),
    user_rpm: Number(form.user_rpm.trim()),
    log_retention_days: Number(form.log_retention_days.trim()),
    registration: form.registration,
    registrations_per_ip_hour: Number(form.registrations_per_ip_hour.trim()),
  }
}
