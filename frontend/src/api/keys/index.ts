/** The signed-in user's API keys. */
import { http } from '@/http/client'
import type { ApiKey, ApiKeyChange, ApiKeyDraft, CreatedApiKey, Page } from './types'

export function listKeys(page = 1, size = 50): Promise<Page<ApiKey>> {
  return http.get<Page<ApiKey>>(`/api/keys?page=${page}&size=${size}`)
}

export function createKey(draft: ApiKeyDraft): Promise<CreatedApiKey> {
  return http.post<CreatedApiKey>('/api/keys', draft)
}

export function changeKey(id: number, change: ApiKeyChange): Promise<ApiKey> {
  return http.patch<ApiKey>(`/api/keys/${id}`, change)
}

export function revokeKey(id: number): Promise<void> {
  return http.delete<void>(`/api/keys/${id}`)
}
