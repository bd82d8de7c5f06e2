/** System settings: rate limits and log retention. */
import { adminHttp } from '@/http/adminClient'
import type { SystemConfig } from './types'

export function fetchConfig(): Promise<SystemConfig> {
  return adminHttp.get<SystemConfig>('/api/admin/config')
}

export function saveConfig(config: SystemConfig): Promise<SystemConfig> {
  return adminHttp.put<SystemConfig>('/api/admin/config', config)
}

/** Changes only the given settings; the server keeps the others. */
export function saveConfigFields(fields: Partial<SystemConfig>): Promise<SystemConfig> {
  return adminHttp.put<SystemConfig>('/api/admin/config', fields)
}
