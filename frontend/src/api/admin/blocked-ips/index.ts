/** The IP blocklist and the recorded attempts from blocked addresses. */
import { adminHttp } from '@/http/adminClient'
import { toItems, type Page } from '../types'
import type { BlockedAttempt, BlockedIp, BlockedIpRequest } from './types'

/** The whole blocklist, whether the server answers with a plain array or pages (then every page is read). */
export async function listBlockedIps(): Promise<BlockedIp[]> {
  const first = await adminHttp.get<BlockedIp[] | Page<BlockedIp>>('/api/admin/blocked-ips')
  if (Array.isArray(first) || !first || typeof first.total !== 'number' || !first.size) return toItems(first)
  const items = [...toItems(first)]
  for (let page = (first.page ?? 1) + 1; items.length < first.total && page <= 50; page++) {
    const next = await adminHttp.get<Page<BlockedIp>>(`/api/admin/blocked-ips?page=${page}&size=${first.size}`)
    if (!next.items?.length) break
    items.push(...next.items)
  }
  return items
}

export function addBlockedIp(body: BlockedIpRequest): Promise<BlockedIp> {
  return adminHttp.post<BlockedIp>('/api/admin/blocked-ips', body)
}

export function deleteBlockedIp(id: number): Promise<void> {
  return adminHttp.delete<void>(`/api/admin/blocked-ips/${id}`)
}

export function listBlockedAttempts(page: number, size: number): Promise<Page<BlockedAttempt>> {
  return adminHttp.get<Page<BlockedAttempt>>(`/api/admin/blocked-ips/attempts?page=${page}&size=${size}`)
}
