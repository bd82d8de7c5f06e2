/** The IP blocklist and the recorded attempts from blocked addresses. */
import { adminHttp } from '@/http/adminClient'
import { toItems, type Page } from '../types'
import type { BlockedAttempt, BlockedIp, BlockedIpRequest } from './types'

export async function listBlockedIps(): Promise<BlockedIp[]> {
  // The list may come as a plain array or as a page; ask for a large page in case it is paged.
  return toItems(await adminHttp.get<BlockedIp[] | Page<BlockedIp>>('/api/admin/blocked-ips?page=1&size=1000'))
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
