/** Upstream channels: list, create, edit, enable/disable, delete and a connectivity test. */
import { adminHttp } from '@/http/adminClient'
import { toItems, type Page } from '../types'
import type { Channel, ChannelError, ChannelRequest, ChannelTestResult } from './types'

export async function listChannels(signal?: AbortSignal): Promise<Channel[]> {
  return toItems(await adminHttp.get<Channel[] | Page<Channel>>('/api/admin/channels', { signal }))
}

export function createChannel(body: ChannelRequest): Promise<Channel> {
  return adminHttp.post<Channel>('/api/admin/channels', body)
}

export function updateChannel(id: number, body: ChannelRequest): Promise<Channel> {
  return adminHttp.put<Channel>(`/api/admin/channels/${id}`, body)
}

export function deleteChannel(id: number): Promise<void> {
  return adminHttp.delete<void>(`/api/admin/channels/${id}`)
}

export function testChannel(id: number): Promise<ChannelTestResult> {
  return adminHttp.post<ChannelTestResult>(`/api/admin/channels/${id}/test`)
}

/** The channel's last failures, newest first (SPEC §13). */
export function channelErrors(id: number, signal?: AbortSignal): Promise<ChannelError[]> {
  return adminHttp.get<ChannelError[]>(`/api/admin/channels/${id}/errors`, { signal })
}
