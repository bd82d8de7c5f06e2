/** The channel-health settings (SPEC §13) as a form: auto-disable on/off, failures in a row, probe interval. */
import type { SystemConfig } from '@/api/admin/config/types'
import { integerInRange, type NumberError } from '../../composables/rules'

export type HealthField = 'auto_disable_failures' | 'channel_probe_seconds'
export type HealthForm = Record<HealthField, string> & { auto_disable: boolean }

export const HEALTH_RANGES: Record<HealthField, { min: number; max: number }> = {
  auto_disable_failures: { min: 1, max: 1000 },
  channel_probe_seconds: { min: 1, max: 86_400 },
}

export function healthFormFrom(config: SystemConfig): HealthForm {
  return {
    auto_disable: config.auto_disable ?? true,
    auto_disable_failures: String(config.auto_disable_failures ?? 5),
    channel_probe_seconds: String(config.channel_probe_seconds ?? 60),
  }
}

export function validateHealth(form: HealthForm): Record<HealthField, NumberError | null> {
  const check = (field: HealthField) => integerInRange(form[field], HEALTH_RANGES[field].min, HEALTH_RANGES[field].max)
  return { auto_disable_failures: check('auto_disable_failures'), channel_probe_seconds: check('channel_probe_seconds') }
}

/** Only these three fields: the server keeps every setting a PUT leaves out. */
export function toHealthConfig(form: HealthForm): Partial<SystemConfig> {
  return {
    auto_disable: form.auto_disable,
    auto_disable_failures: Number(form.auto_disable_failures.trim()),
    channel_probe_seconds: Number(form.channel_probe_seconds.trim()),
  }
}
