/** Every user's API keys, for the admin. */
import { adminHttp } from '@/http/adminClient'
import type { Page } from '../types'
import type { AdminApiKey } from './types'

export function listAllKeys(userId: number | null, page: number, size: number): Promise<Page<AdminApiKey>> {
  const query = new URLSearchParams({ page: String(page), size: String(size) })
  if (userId) query.set('user', String(userId))
  return adminHttp.get<Page<AdminApiKey>>(`/api/admin/keys?${query}`)
}

export function setKeyEnabled(id: number, enabled: boolean): Promise<AdminApiKey> {
  return adminHttp.patch<AdminApiKey>(`/api/admin/keys/${id}`, { enabled })
}

export function revokeAnyKey(id: number): Promise<void> {
  return adminHttp.delete<void>(`/api/admin/keys/${id}`)
}
